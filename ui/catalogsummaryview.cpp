#include "ui/catalogsummaryview.h"

#include "ui/theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QVBoxLayout>
#include <QValueAxis>

namespace vitrine {

namespace {

QChartView *chartView(QChart *chart, QWidget *parent) {
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    return view;
}

} // namespace

CatalogSummaryView::CatalogSummaryView(QWidget *parent)
    : QWidget(parent) {
    m_line = new QLabel(this);
    m_line->setWordWrap(true);
    m_line->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *coverageChart = new QChart;
    coverageChart->setTitle(tr("Alt text coverage"));
    m_coverage = new QPieSeries(coverageChart);
    m_coverage->setHoleSize(0.5);
    coverageChart->addSeries(m_coverage);
    m_coverageView = chartView(coverageChart, this);
    m_coverageView->setAccessibleName(tr("Alt text coverage"));

    m_problemsChart = new QChart;
    m_problemsChart->setTitle(tr("Problems per kind"));
    m_problemsView = chartView(m_problemsChart, this);
    m_problemsView->setAccessibleName(tr("Problems per kind"));

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_coverageView, 2);
    charts->addWidget(m_problemsView, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_line);
    layout->addLayout(charts, 1);
    setAudit({});
}

void CatalogSummaryView::setAudit(const CatalogAuditResult &audit) {
    const QLocale locale;
    const int images = audit.imageCount();
    const int withAlt = audit.imagesWithAlt();
    QString line =
        tr("%1, %2: %3 % have alt text.")
            .arg(tr("%n product(s)", nullptr, int(audit.products.size())),
                 tr("%n image(s)", nullptr, images), locale.toString(audit.altCoverage(), 'f', 1));
    if (audit.unjudged() > 0)
        line += QLatin1Char(' ') +
                tr("%n picture(s) not checked yet: broken and tiny are not judged for them.",
                   nullptr, audit.unjudged());
    m_line->setText(line);
    setAccessibleDescription(line);

    m_coverage->clear();
    if (images > 0) {
        QPieSlice *with =
            m_coverage->append(tr("With alt text (%1)").arg(locale.toString(withAlt)), withAlt);
        QPieSlice *without = m_coverage->append(
            tr("Without (%1)").arg(locale.toString(images - withAlt)), images - withAlt);
        with->setColor(palette().color(QPalette::Highlight));
        without->setColor(Theme::color(Theme::Role::Failed, palette()));
    }

    // Replace the bars whole: a stacked series of errors and warnings over the kinds.
    m_problemsChart->removeAllSeries();
    for (QAbstractAxis *axis : m_problemsChart->axes())
        m_problemsChart->removeAxis(axis);
    // Findings per kind and severity (each kind has one severity; counted, not assumed).
    QMap<ReviewFinding::Kind, int> errorCounts;
    QMap<ReviewFinding::Kind, int> warningCounts;
    for (const ProductAudit &p : audit.products) {
        for (const CatalogFinding &f : p.findings)
            ++(f.review.severity == ReviewFinding::Severity::Error ? errorCounts
                                                                   : warningCounts)[f.review.kind];
    }
    auto *errors = new QBarSet(tr("Errors"));
    auto *warnings = new QBarSet(tr("Warnings"));
    errors->setColor(Theme::color(Theme::Role::Failed, palette()));
    warnings->setColor(Theme::color(Theme::Role::Warning, palette()));
    QStringList categories;
    int most = 0;
    // Kinds listed bottom-up, so the first of docs/review.md is at the top.
    QList<ReviewFinding::Kind> kinds = CatalogAudit::allKinds();
    std::reverse(kinds.begin(), kinds.end());
    for (const ReviewFinding::Kind kind : kinds) {
        const int e = errorCounts.value(kind, 0);
        const int w = warningCounts.value(kind, 0);
        *errors << e;
        *warnings << w;
        categories << ReviewFinding::kindName(kind);
        most = std::max(most, e + w);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(errors);
    series->append(warnings);
    m_problemsChart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false); // the problem names are what the bars are about
    m_problemsChart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    // Qt Charts leaves out a category label that would touch its neighbour: tall enough for
    // every name (title, legend and the value axis take the rest).
    const int labelLine = QFontMetrics(axisY->labelsFont()).height() + 4;
    m_problemsView->setMinimumHeight(int(categories.size()) * labelLine + 120);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, std::max(1, most));
    axisX->applyNiceNumbers(); // ticks at round counts
    axisX->setLabelFormat(QStringLiteral("%d"));
    m_problemsChart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
}

QString CatalogSummaryView::summaryText() const {
    return m_line->text();
}

int CatalogSummaryView::coverageSlices() const {
    return int(m_coverage->count());
}

int CatalogSummaryView::problemBars() const {
    const QList<QAbstractSeries *> series = m_problemsChart->series();
    if (series.isEmpty())
        return 0;
    const auto *bars = static_cast<QHorizontalStackedBarSeries *>(series.first());
    return bars->barSets().isEmpty() ? 0 : int(bars->barSets().first()->count());
}

} // namespace vitrine
