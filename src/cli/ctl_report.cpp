// crisisctl: the CAN report and the executive summary as Markdown, HTML or PDF.

#include "session.hpp"

#include <crisis/incident_report.hpp>

#ifdef CRISIS_HAVE_PDF
#include <html_pdf.hpp>
#endif

namespace crisis::cli {

void addReportCommands(CLI::App& app, Options& o) {
    // `report` is the group of the review's after-action report too (ctl_review.cpp).
    CLI::App* report = nullptr;
    try {
        report = app.get_subcommand("report");
    } catch (const CLI::OptionNotFound&) {
        report = app.add_subcommand("report", "Reports of an incident")->require_subcommand(1);
    }
    struct Args {
        std::int64_t incident = 0;
        std::string format = "md";
        std::string out;
        std::string needs;
    };
    for (const auto& [name, kind, help] :
         {std::tuple{"can", ReportKind::Can, "CAN report: conditions, actions, needs"},
          std::tuple{"exec", ReportKind::Executive, "Executive summary: the situation and key figures"}}) {
        auto args = std::make_shared<Args>();
        auto* cmd = report->add_subcommand(name, help);
        cmd->add_option("ID", args->incident, "Incident id")->required();
        cmd->add_option("--format", args->format, "md, html or pdf")
            ->check(CLI::IsMember(std::vector<std::string>{"md", "html", "pdf"}));
        cmd->add_option("--out", args->out,
                        "File to write (required for pdf; md and html default to stdout)");
        cmd->add_option("--needs", args->needs, "What the team needs (people, money, decisions)");
        cmd->callback([&o, args, kind = kind] {
            Session s(o);
            const auto service = s.service();
            const auto input =
                reportInput(s.store(), service, args->incident, s.now(), s.lang(), args->needs);
            const auto title = reportTitle(input, kind, s.lang());
            if (args->format == "pdf") {
                if (args->out.empty())
                    throw Error(ErrorCode::InvalidInput, {"error.pdf_needs_out", {}});
#ifdef CRISIS_HAVE_PDF
                pdf::writeHtmlPdf(renderReport(input, kind, ReportFormat::Html, s.lang()), args->out, title);
#else
                throw Error(ErrorCode::InvalidInput, {"error.pdf_unavailable", {}});
#endif
            } else {
                const auto body = renderReport(
                    input, kind, args->format == "md" ? ReportFormat::Markdown : ReportFormat::Html,
                    s.lang());
                writeOutput(args->out, body);
                if (args->out.empty())
                    return;
            }
            if (s.json())
                s.print({{"report", kind == ReportKind::Can ? "can" : "exec"},
                         {"format", args->format},
                         {"out", args->out},
                         {"title", title}});
            else
                std::cout << s.t("cli.report_written", {args->out}) << '\n';
        });
    }
}

} // namespace crisis::cli
