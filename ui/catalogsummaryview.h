#pragma once

#include "core/catalogaudit.h"

#include <QWidget>

class QChart;
class QChartView;
class QHorizontalStackedBarSeries;
class QLabel;
class QPieSeries;

namespace vitrine {

// The catalog at a glance: alt text coverage as a ring (images with alt text and without), the
// problems per kind as bars (errors and warnings in their colours), and a line of numbers
// (products, images, coverage, pictures not checked yet). Qt Charts.
class CatalogSummaryView : public QWidget {
    Q_OBJECT
public:
    explicit CatalogSummaryView(QWidget *parent = nullptr);

    void setAudit(const CatalogAuditResult &audit);

    // What the charts show, for tests and screen readers.
    QString summaryText() const;
    int coverageSlices() const;
    int problemBars() const;
    QChartView *coverageChart() const { return m_coverageView; }
    QChartView *problemsChart() const { return m_problemsView; }

private:
    QLabel *m_line = nullptr;
    QChartView *m_coverageView = nullptr;
    QChartView *m_problemsView = nullptr;
    QPieSeries *m_coverage = nullptr;
    QChart *m_problemsChart = nullptr;
};

} // namespace vitrine
