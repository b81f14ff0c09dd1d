import CoachCore
import CoachStore

/// Holds the current `ContentSnapshot` and rebuilds it after an import. Requests read the
/// snapshot they start with; a reload swaps in a new one whole, one reload at a time, so a
/// request never sees a library and a router from different moments.
public actor LiveContent {
    public private(set) var current: ContentSnapshot
    private let builtin: Pack

    public init(builtin: Pack, imported: [Pack]) throws {
        self.builtin = builtin
        current = try ContentSnapshot(library: ContentLibrary(builtin: builtin, imported: imported))
    }

    /// Starts from a snapshot already built (over `builtin` and some imports).
    public init(builtin: Pack, snapshot: ContentSnapshot) {
        self.builtin = builtin
        current = snapshot
    }

    /// Rebuilds the library, router and grader from the built-in pack and what `database` holds.
    @discardableResult
    public func reload(from database: CoachDatabase) throws -> ContentSnapshot {
        let library = ContentLibrary(builtin: builtin, imported: try database.importedPacks())
        current = try ContentSnapshot(library: library)
        return current
    }
}
