import ArgumentParser
import CoachCore

struct Coach: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "An offline practice coach for ML and LLM interviews.",
        discussion: """
            Names a question's archetype and topics, critiques typed answers, and imports your own \
            deep-dive notes. Every command takes --format json for a single JSON document on stdout.
            """,
        version: CoachVersion.current,
        subcommands: [
            AskCommand.self, GradeCommand.self, QuestionsCommand.self, TopicsCommand.self, ShowCommand.self, ImportCommand.self, LintCommand.self,
            DrillCommand.self, ReviewCommand.self, MockCommand.self, PlanCommand.self, StatsCommand.self, ExportCommand.self,
            ServeCommand.self,
            EvalCommand.self, TrainCommand.self, ScheduleCommand.self, BenchCommand.self, VersionCommand.self,
        ]
    )
}
