// HTML mail turned into the text a reader sees, with libxml2's HTML parser (no Qt Widgets in core).
#pragma once

#include <QString>

namespace calma {

// Paragraphs, line breaks and list items become lines; scripts, styles and the head are dropped;
// entities are decoded; a blockquote's lines are prefixed with "> " and a Gmail or Thunderbird signature
// block with a "-- " line, so that ReplyText strips them like plain-text quotes and signatures.
QString htmlToText(const QString &html);

} // namespace calma
