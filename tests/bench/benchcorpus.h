// The labelled corpus's messages (tests/data), Spanish then English: the benchmarks' typical input.
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

inline QStringList benchCorpusTexts()
{
    QStringList texts;
    for (const char *language : {"es", "en"}) {
        QFile file(QStringLiteral(CALMA_TEST_DATA "/corpus_%1.jsonl").arg(QLatin1StringView(language)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        while (!file.atEnd())
            texts << QJsonDocument::fromJson(file.readLine()).object().value(QStringLiteral("text")).toString();
    }
    return texts;
}
