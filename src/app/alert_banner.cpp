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
        m_notice.clear();
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
    m_dueText.clear();
    if (items.empty()) {
        if (m_notice.isEmpty())
            m_firstIncident = 0;
        render(false);
        return;
    }
    const bool anyOverdue =
        std::any_of(items.begin(), items.end(), [](auto& d) { return d.state == "overdue"; });
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
    m_dueText = text;
    m_firstIncident = items.front().incident;
    render(anyOverdue);
}

void AlertBanner::showNotice(std::int64_t incident, const QString& text, bool severe) {
    m_notice = text;
    m_noticeSevere = severe;
    m_dismissed = false;
    if (m_dueText.isEmpty())
        m_firstIncident = incident;
    render(false);
}

void AlertBanner::render(bool anyOverdue) {
    const bool red = anyOverdue || (!m_notice.isEmpty() && m_noticeSevere);
    setStyleSheet(red ? QStringLiteral("#alertBanner { background: #f2b8b5; border: 1px solid #c0392b; }")
                      : QStringLiteral("#alertBanner { background: #fce3a6; border: 1px solid #d4a017; }"));
    QStringList lines;
    if (!m_notice.isEmpty())
        lines << m_notice;
    if (!m_dueText.isEmpty())
        lines << m_dueText;
    m_label->setText(lines.join(QLatin1Char('\n')));
    setVisible(!lines.isEmpty() && !m_dismissed);
}

QString AlertBanner::text() const {
    return m_label->text();
}
