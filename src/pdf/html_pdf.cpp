#include "html_pdf.hpp"

#include <crisis/error.hpp>

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <system_error>

namespace crisis::pdf {

namespace {

// A command line tool's stderr is for its own errors: Qt's start-up chatter (no runtime dir,
// offscreen plugin notes) would read like a failure. Critical and fatal messages still pass.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

// Text layout needs a QGuiApplication; a command-line process has none, and no display.
std::unique_ptr<QGuiApplication> ensureGuiApplication() {
    if (QCoreApplication::instance())
        return nullptr;
    qInstallMessageHandler(quietQtMessages);
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

// print() lays the document out in points, so an image keeps its pixel count as points and a
// chart drawn for a screen would run off the page: shrink any image wider than the text.
void fitImages(QTextDocument& document, qreal maxWidth) {
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QImage image =
                document.resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
            const qreal width = format.width() > 0 ? format.width() : image.width();
            const qreal height = format.height() > 0 ? format.height() : image.height();
            if (width <= maxWidth || width <= 0)
                continue;
            format.setWidth(maxWidth);
            format.setHeight(height * maxWidth / width);
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
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
        // Laid out at screen resolution (96 per inch) on the printable area and painted page by
        // page scaled to the writer's: tables span the text width, images keep their size, and a
        // page number goes at the foot. (QTextDocument::print lays out in points, which
        // leaves a quarter of every line empty.)
        const qreal scale = writer.resolution() / 96.0;
        const QRectF paint = writer.pageLayout().paintRectPixels(writer.resolution());
        constexpr qreal footer = 20; // the page number's line, inside the printable area
        const QSizeF page(paint.width() / scale, paint.height() / scale - footer);
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setHtml(QString::fromStdString(html));
        document.setPageSize(page);
        fitImages(document, page.width());
        QPainter painter(&writer);
        QFont small = painter.font();
        small.setPointSizeF(8);
        const int pages = document.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            painter.translate(0, -i * page.height());
            document.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
            painter.restore();
            painter.save();
            painter.setFont(small);
            painter.scale(scale, scale);
            painter.drawText(QRectF(0, page.height() + 4, page.width(), footer - 4),
                             Qt::AlignRight | Qt::AlignBottom,
                             QStringLiteral("%1 / %2").arg(i + 1).arg(pages));
            painter.restore();
        }
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
