#pragma once

#include <QObject>

namespace citoyens {

// Return and Enter press the focused push or tool button, everywhere in the application, as
// Space does. Qt presses on Return only the buttons of a dialog that are "auto default"; outside
// a dialog (the home tiles, the pages' buttons) Return did nothing, and a dialog's button that is
// not auto default passed Return to the dialog's default button instead of pressing itself.
// Check boxes and radio buttons keep Qt's behaviour (Space checks; Return goes to the form).
// One filter on the application, installed by the window (install(); a second one is harmless:
// the first to see the key takes it).
class ButtonKeys : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ButtonKeys)

public:
    // Installs the filter on the application for as long as `owner` lives.
    static void install(QObject* owner);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ButtonKeys(QObject* parent);
};

} // namespace citoyens
