#pragma once

#include <QList>
#include <QMargins>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace citoyens {

// The frame every form page shares: a scrollable, centred column of a readable width with
// a title, an optional lead paragraph and the page's own content below.
class FormPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormPage)

public:
    // How addActionRow() differs from the usual row.
    enum ActionRowOption {
        NoDefaultButton = 0x1, // `submit` is not made the default button
        ExtrasBesideSubmit = 0x2, // the extra buttons go right of the stretch, before `submit`
    };
    Q_DECLARE_FLAGS(ActionRowOptions, ActionRowOption)

    explicit FormPage(const QString& objectName, QWidget* parent = nullptr, int columnWidth = 520);

    // The margins around every page's content, the pages built on FormPage and the others alike:
    // their titles start at one x.
    static QMargins pageMargins() { return QMargins(32, 28, 32, 28); }

    // Puts the focus where the page starts: by default on the first child that takes the focus
    // with Tab (nothing if there is none). Pages with a better first field override it.
    virtual void focusFirstField();

protected:
    // Adds the row of buttons at the foot of the form to body(), `spacingAbove` pixels below what
    // precedes it: `back` on the left, then the `extra` buttons (or, with ExtrasBesideSubmit,
    // right of the stretch), and `submit` on the right. `back` gets the role "secondary", `submit`
    // the role "primary" and, unless NoDefaultButton, is the default button; neither `back` nor
    // the extras are auto-default. A button without an accessible name gets its text without the
    // mnemonic (give it another one before the call). Object names, and the roles of the extras,
    // are left to the page.
    void addActionRow(QPushButton* back, QPushButton* submit, int spacingAbove, const QList<QPushButton*>& extra = {},
                      ActionRowOptions options = {});

    void setTitle(const QString& title);
    void setLead(const QString& text);
    QLabel* titleLabel() const { return m_title; }
    QLabel* leadLabel() const { return m_lead; }
    QVBoxLayout* body() const { return m_body; }
    QWidget* column() const { return m_column; }

private:
    QWidget* m_column;
    QLabel* m_title;
    QLabel* m_lead;
    QVBoxLayout* m_body;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(FormPage::ActionRowOptions)

} // namespace citoyens
