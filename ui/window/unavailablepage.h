#pragma once

#include <QIcon>
#include <QWidget>

namespace comptoir {

// An honest panel for a page whose features have not landed yet: an icon, a title and a
// sentence saying what is not there. It holds no controls, so nothing pretends to work.
class UnavailablePage : public QWidget
{
    Q_OBJECT

public:
    UnavailablePage(const QIcon &icon, const QString &title, const QString &explanation,
                    QWidget *parent = nullptr);

    QString title() const { return m_title; }
    QString explanation() const { return m_explanation; }

private:
    QString m_title;
    QString m_explanation;
};

} // namespace comptoir
