#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace vitrine {

// Help ▸ Vitrine Handbook: the README and docs/ of this very version, compiled into the program
// (:/vitrine/handbook), shown as rendered Markdown with working links between the pages. Links
// to the web open in the user's browser.
class HandbookBrowser : public QDialog {
    Q_OBJECT
public:
    explicit HandbookBrowser(QWidget *parent = nullptr);

    // The handbook's first page.
    static QUrl homePage();
    QTextBrowser *browser() const;

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace vitrine
