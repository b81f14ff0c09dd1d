import CoachCore
import CoachStore

/// What the web app needs from the rest of the coach, built once by `coach serve` (or a test)
/// and handed to `buildApplication`.
public struct AppDependencies: Sendable {
    /// The library, router and grader; reloaded after an import.
    public let content: LiveContent
    /// The same database the command line uses.
    public let database: CoachDatabase
    /// The topic page's mastery numbers, from the practice store unless a test passes others.
    public let mastery: any TopicMasteryProvider
    /// Saved practice: attempts, ratings and the scheduler, with the clock.
    public let practice: PracticeService
    /// Signs and checks the forms' CSRF tokens; a fresh secret each process.
    public let csrf: CSRFTokens

    public init(content: LiveContent, database: CoachDatabase, mastery: (any TopicMasteryProvider)? = nil, csrf: CSRFTokens = CSRFTokens(),
                practice: PracticeService? = nil) {
        self.content = content
        self.database = database
        let practice = practice ?? PracticeService(database: database)
        self.practice = practice
        self.mastery = mastery ?? StoreMastery(content: content, practice: practice)
        self.csrf = csrf
    }

    /// The built-in pack with everything imported into `database`.
    public init(builtin: Pack, database: CoachDatabase) throws {
        self.init(content: try LiveContent(builtin: builtin, imported: try database.importedPacks()), database: database)
    }
}
