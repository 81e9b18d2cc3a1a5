#include "html_pdf.hpp"

#include <crisis/error.hpp>

#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>
#include <system_error>

namespace crisis::pdf {

namespace {

// Text layout needs a QGuiApplication; a command-line process has none, and no display.
std::unique_ptr<QGuiApplication> ensureGuiApplication() {
    if (QCoreApplication::instance())
        return nullptr;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "crisisctl";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QGuiApplication>(argc, argv);
}

[[noreturn]] void cannotWrite(const std::filesystem::path& path, const std::string& why) {
    throw Error(ErrorCode::Io, Message{"error.file_write", {path.string(), why}});
}

} // namespace

void writeHtmlPdf(const std::string& html, const std::filesystem::path& path, const std::string& title) {
    const auto app = ensureGuiApplication();
    const std::filesystem::path partial = path.string() + ".partial";
    const QString partialName = QString::fromStdString(partial.string());
    {
        QPdfWriter writer(partialName);
        writer.setTitle(QString::fromStdString(title));
        writer.setCreator(QStringLiteral("CrisisDesk"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(QString::fromStdString(html));
        document.print(&writer);
    }
    QFile written(partialName);
    if (!written.exists() || written.size() == 0) {
        written.remove();
        throw Error(ErrorCode::Io, Message{"error.pdf_not_written", {path.string()}});
    }
    std::error_code ec;
    std::filesystem::rename(partial, path, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        cannotWrite(path, ec.message());
    }
}

} // namespace crisis::pdf
