#include "element_tab.hpp"

#include "element_table_model.hpp"
#include "playbook_document.hpp"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

ElementTab::ElementTab(PlaybookDocument& doc, ElementTableModel* model, QWidget* parent)
    : QWidget(parent), m_doc(doc), m_model(model) {
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("elements"));
    m_view->setModel(model);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // Ids, durations and roles are short; the name or text column takes the rest.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(model->columnCount() > 1 ? 1 : 0, QHeaderView::Stretch);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_add = new QPushButton(tr("Add"));
    m_add->setObjectName(QStringLiteral("add"));
    m_remove = new QPushButton(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_up = new QPushButton(tr("Move up"));
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down = new QPushButton(tr("Move down"));
    m_down->setObjectName(QStringLiteral("moveDown"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();

    m_formBox = new QWidget;
    m_form = new QFormLayout(m_formBox);
    m_form->setContentsMargins(0, 0, 0, 0);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_formBox);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_keepRow = current.row();
                loadForm(current.isValid() ? current.row() : -1);
                m_formBox->setEnabled(current.isValid());
            });
    connect(m_add, &QPushButton::clicked, this, [this] {
        // New elements go below the selection, or at the end when nothing is selected.
        const int row = currentRow() >= 0 ? currentRow() + 1 : m_model->rowCount();
        m_keepRow = row;
        addElement(row);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (currentRow() >= 0)
            removeElement(currentRow());
    });
    connect(m_up, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row > 0) {
            m_keepRow = row - 1;
            moveElement(row, row - 1);
        }
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row >= 0 && row + 1 < m_model->rowCount()) {
            m_keepRow = row + 1;
            moveElement(row, row + 1);
        }
    });
    // The model resets on the same signal and was connected first, so its rows are current here.
    connect(&doc, &PlaybookDocument::changed, this, &ElementTab::documentChanged);
}

void ElementTab::addHeader(QWidget* widget) {
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, widget);
}

void ElementTab::finishSetup(bool movable) {
    m_up->setVisible(movable);
    m_down->setVisible(movable);
    documentChanged();
}

int ElementTab::currentRow() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ElementTab::selectRow(int row) {
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void ElementTab::reloadForm() {
    documentChanged();
}

void ElementTab::documentChanged() {
    const int rows = m_model->rowCount();
    const int row = std::min(m_keepRow, rows - 1);
    m_remove->setEnabled(rows > 0);
    m_up->setEnabled(rows > 1);
    m_down->setEnabled(rows > 1);
    if (row < 0) {
        loadForm(-1);
        m_formBox->setEnabled(false);
        return;
    }
    m_view->setCurrentIndex(m_model->index(row, 0));
    // setCurrentIndex does not signal when the row did not change; the element may have.
    loadForm(row);
    m_formBox->setEnabled(true);
}
