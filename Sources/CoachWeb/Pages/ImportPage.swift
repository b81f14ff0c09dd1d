import CoachCore
import CoachStore
import Foundation

/// `/import`: name a notes directory on this machine; the importer reads it, the database keeps
/// it, and the summary lists what came in and every warning with its file and line.
enum ImportPage {
    struct Form {
        var directory = ""
        var dryRun = false
        var error: String?
    }

    struct Outcome {
        var summary: ImportSummary
        var saved: Bool
    }

    static func render(form: Form, outcome: Outcome?, records: [ImportedPackRecord], csrfToken: String) -> HTML {
        Layout.page(title: "Import", current: .import) {
            H.h1 { "Import your notes" }
            H.p(.class("lead")) {
                "Name a folder on this machine laid out like a deep-dive notes repository: "
                H.code { "NN_topic/" }
                " folders holding deep dives, grill files and notes. Grill questions become practice questions, their answers the references."
            }
            importForm(form, csrfToken: csrfToken)
            if let outcome { summary(outcome) }
            if !records.isEmpty { existing(records) }
        }
    }

    static func importForm(_ form: Form, csrfToken: String) -> HTML {
        H.form(.class("panel stack"), Attribute("method", "post"), .action("/import")) {
            Layout.csrfField(csrfToken)
            H.div(.class("field")) {
                H.label(.for("directory")) { "Notes directory" }
                if let error = form.error {
                    H.p(.class("field-error"), .id("directory-error")) { error }
                }
                H.void("input", [
                    .type("text"), .id("directory"), .name("directory"), .value(form.directory), .flag("required"),
                    Attribute("maxlength", "\(RequestLimits.maximumPathLength)"), Attribute("autocomplete", "off"),
                    Attribute("spellcheck", "false"), Attribute("placeholder", "~/notes/ml_and_llm_learning"),
                    .ariaDescribedBy(form.error == nil ? "directory-help" : "directory-error directory-help"),
                ] + (form.error == nil ? [] : [Attribute("aria-invalid", "true")]))
                H.p(.class("hint"), .id("directory-help")) { "A path on the machine running the coach; ~ means your home folder. Importing the same folder again replaces it." }
            }
            H.div(.class("row")) {
                H.label(.class("check")) {
                    if form.dryRun {
                        H.input(.type("checkbox"), .name("dry_run"), .value("1"), .flag("checked"))
                    } else {
                        H.input(.type("checkbox"), .name("dry_run"), .value("1"))
                    }
                    " Read and report only, don't save"
                }
                H.button(.type("submit"), .class("button primary")) { "Import" }
            }
        }
    }

    static func summary(_ outcome: Outcome) -> HTML {
        let summary = outcome.summary
        return H.section(.class("panel"), .id("import-summary"), .ariaLabelledBy("summary-heading")) {
            H.h2(.id("summary-heading")) { outcome.saved ? "Imported" : "Read (not saved)" }
            H.p {
                H.code { summary.source }
                " as pack "
                H.strong { summary.packID }
            }
            H.ul(.class("stats")) {
                H.li { H.strong { "\(summary.topics.count)" }; " topics" }
                H.li { H.strong { "\(summary.files)" }; " Markdown files" }
                H.li { H.strong { "\(summary.questions)" }; " questions" }
                H.li { H.strong { "\(summary.withReference)" }; " with answers" }
                H.li { H.strong { "\(summary.links.count)" }; " topic links" }
            }
            let withQuestions = summary.topics.filter { $0.questions > 0 || !$0.inCatalog }
            if !withQuestions.isEmpty {
                H.div(.class("table-wrap")) {
                    H.table {
                        H.caption { "Topics with questions" }
                        H.thead { H.tr { H.th(Attribute("scope", "col")) { "Topic" }; H.th(Attribute("scope", "col")) { "Questions" }; H.th(Attribute("scope", "col")) { "With answers" } } }
                        H.tbody {
                            for topic in withQuestions {
                                H.tr {
                                    H.td {
                                        if outcome.saved {
                                            H.a(.href(Paths.topic(number: topic.number, slug: topic.slug))) { "\(topic.number) \(topic.title)" }
                                        } else {
                                            "\(topic.number) \(topic.title)"
                                        }
                                        if !topic.inCatalog { H.span(.class("tag")) { "new topic" } }
                                    }
                                    H.td { "\(topic.questions)" }
                                    H.td { "\(topic.withReference)" }
                                }
                            }
                        }
                    }
                }
            }
            warnings(summary.warnings)
        }
    }

    static func warnings(_ issues: [ContentIssue]) -> HTML {
        H.div(.class("warnings")) {
            H.h3 { issues.isEmpty ? "No warnings" : Format.plural(issues.count, "warning") }
            if !issues.isEmpty {
                H.ul(.class("plain issue-list")) {
                    for issue in issues {
                        H.li(.class("issue issue-\(issue.severity.rawValue)")) {
                            H.code { issue.line.map { "\(issue.file):\($0)" } ?? issue.file }
                            " "
                            H.span(.class("badge")) { issue.severity.rawValue }
                            " \(issue.message)"
                        }
                    }
                }
            }
        }
    }

    static func existing(_ records: [ImportedPackRecord]) -> HTML {
        H.section(.class("panel"), .ariaLabelledBy("existing-heading")) {
            H.h2(.id("existing-heading")) { "Already imported" }
            H.ul(.class("plain")) {
                for record in records {
                    H.li {
                        H.strong { record.name }
                        " — "
                        H.code { record.sourcePath }
                        H.span(.class("muted")) { " · \(Format.plural(record.questionCount, "question")) · \(record.importedAt.formatted(date: .abbreviated, time: .shortened))" }
                    }
                }
            }
        }
    }
}
