#include "alert_banner.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

AlertBanner::AlertBanner(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("alertBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("alertText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_show = new QPushButton(tr("Show"));
    m_dismiss = new QPushButton(tr("Dismiss"));
    m_dismiss->setObjectName(QStringLiteral("dismissAlerts"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_dismiss);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_dismissed = true;
        hide();
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (m_firstIncident)
            emit incidentActivated(m_firstIncident);
    });
    hide();
}

void AlertBanner::setItems(const std::vector<crisis::DueItem>& items, bool fresh, crisis::Language lang) {
    if (fresh)
        m_dismissed = false;
    if (items.empty()) {
        m_firstIncident = 0;
        hide();
        return;
    }
    const bool anyOverdue =
        std::any_of(items.begin(), items.end(), [](auto& d) { return d.state == "overdue"; });
    setStyleSheet(anyOverdue
                      ? QStringLiteral("#alertBanner { background: #f2b8b5; border: 1px solid #c0392b; }")
                      : QStringLiteral("#alertBanner { background: #fce3a6; border: 1px solid #d4a017; }"));
    QStringList parts;
    for (std::size_t i = 0; i < items.size() && i < 3; ++i) {
        const auto& d = items[i];
        parts << tr("#%1 %2: %3")
                     .arg(d.incident)
                     .arg(QString::fromStdString(d.name.in(lang)))
                     .arg(d.state == "overdue" ? tr("overdue") : tr("warning"));
    }
    QString text = tr("%n item(s) need attention", nullptr, static_cast<int>(items.size())) +
                   QStringLiteral(" — ") + parts.join(QStringLiteral("; "));
    if (items.size() > 3)
        text += QStringLiteral(" …");
    m_label->setText(text);
    m_firstIncident = items.front().incident;
    setVisible(!m_dismissed);
}

QString AlertBanner::text() const {
    return m_label->text();
}
