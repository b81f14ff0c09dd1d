import CoachCore
import CoachStore
import Foundation
import Hummingbird

/// `/import`: runs the notes importer on a directory of this machine, saves the pack in the
/// database and reloads the content so every page and the router include it at once.
struct ImportController {
    let content: LiveContent
    let database: CoachDatabase

    func addRoutes(to group: RouterGroup<CoachRequestContext>) {
        group.get(use: show)
        group.post(use: runImport)
    }

    @Sendable func show(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        HTMLPage(ImportPage.render(form: .init(), outcome: nil, records: try records(), csrfToken: context.csrfToken))
    }

    @Sendable func runImport(_ request: Request, context: CoachRequestContext) async throws -> HTMLPage {
        let fields = try await FormRequest.fields(of: request, context: context)
        var form = ImportPage.Form(directory: fields["directory"] ?? "", dryRun: fields["dry_run"] != nil)
        let path = (form.directory.trimmed() as NSString).expandingTildeInPath
        let failed = { (message: String, status: HTTPResponse.Status) throws -> HTMLPage in
            form.error = message
            return HTMLPage(ImportPage.render(form: form, outcome: nil, records: try records(), csrfToken: context.csrfToken), status: status)
        }
        guard !path.isEmpty else { return try failed("Name the folder to import.", .badRequest) }
        guard path.count <= RequestLimits.maximumPathLength else { return try failed("That path is too long.", .badRequest) }

        let catalog = await content.current.library.builtin.topics
        let result: ImportResult
        do {
            result = try NotesImporter(catalog: catalog).importDirectory(at: path)
        } catch {
            return try failed(error.description, .unprocessableContent)
        }
        if !form.dryRun {
            do {
                try database.saveImport(result)
                try await content.reload(from: database)
            } catch {
                context.logger.error("import could not be saved", metadata: ["error": .string("\(error)")])
                return try failed("The notes were read but could not be saved: \(error)", .internalServerError)
            }
        }
        return HTMLPage(ImportPage.render(form: form, outcome: .init(summary: result.summary, saved: !form.dryRun),
                                          records: try records(), csrfToken: context.csrfToken))
    }

    private func records() throws -> [ImportedPackRecord] {
        try database.importedPackRecords()
    }
}
