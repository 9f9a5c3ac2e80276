#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace citoyens {

// The frame every form page shares: a scrollable, centred column of a readable width with
// a title, an optional lead paragraph and the page's own content below.
class FormPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormPage)

public:
    explicit FormPage(const QString& objectName, QWidget* parent = nullptr, int columnWidth = 520);

protected:
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

} // namespace citoyens
