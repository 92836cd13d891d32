// The heat meter: a bar from 0 to 100 in the level's colour with the level's badge beside it.
#pragma once

#include "tone/tonereport.h"

#include <QWidget>
#include <optional>

class QHBoxLayout;
class QLabel;
class QProgressBar;

namespace calma::gui {

// The badge is a dot in the level's colour and the level's name (the colour never stands alone); with a
// language, it names that too. Screen readers hear the subject, the level and the heat.
class HeatMeter : public QWidget
{
    Q_OBJECT
public:
    enum class Arrangement { Beside, Above }; // the badge beside the bar, or above it (for a narrow panel)

    explicit HeatMeter(QWidget *parent = nullptr) : HeatMeter(Arrangement::Beside, parent) {}
    explicit HeatMeter(Arrangement arrangement, QWidget *parent = nullptr);

    // Puts `widget` (e.g. a "This score is wrong" button) at the end of the badge's row.
    void addToRow(QWidget *widget);

    // Whose heat this is, e.g. "Customer's heat": the meter's accessible name.
    void setSubject(const QString &subject);
    // A short word shown in the bar before the number, e.g. "Your reply: 40/100"; none by default.
    void setCaption(const QString &caption);
    void setHeat(int heat, std::optional<Language> language = std::nullopt);
    // Nothing to show: an empty bar, and `placeholder` (if any) in place of the badge.
    void clear(const QString &placeholder = {});

    int heat() const { return m_heat; } // −1 when cleared
    QString badgeText() const;          // the badge as plain text, e.g. "Hostile · Spanish"

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showInBar(int value, const QString &text);

    QHBoxLayout *m_row = nullptr;
    QLabel *m_badge = nullptr;
    QProgressBar *m_bar = nullptr;
    QString m_subject;
    QString m_caption;
    QString m_placeholder;
    int m_heat = -1;
    std::optional<Language> m_language;
};

} // namespace calma::gui
