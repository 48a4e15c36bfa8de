import ArgumentParser
import CriaCommandLine
import CriaHistory
import CriaKit
import Foundation

extension StoreOption {
    /// Runs `body`; a store or input problem is one line on stderr and exit code 2.
    func run(_ access: HistoryStore.Access = .existing, _ body: (HistoryStore) throws -> Void) throws {
        do {
            try body(HistoryStore(path: store, access: access))
        } catch let error as HistoryError {
            Terminal.error("\(error)")
            throw ExitCode(2)
        }
    }
}

extension HistoryImportCommand: SiblingWork {
    package func perform() throws {
        // The report is read first: a report that is not one leaves no new store behind.
        let file: BatchReportFile
        do { file = try BatchReportFile(path: report, label: pointOptions.point!, takenAt: pointOptions.date) } catch let error as HistoryError {
            Terminal.error("\(error)")
            throw ExitCode(2)
        }
        try storeOption.run(.createIfMissing) { store in
            let summary = try store.record(file.header, replace: pointOptions.replace) { recorder in
                for document in file.documents { try recorder.add(document) }
                for failure in file.failures { try recorder.addFailure(failure) }
            }
            Terminal.print("Recorded point \(summary.label): \(summary.documents) documents (\(summary.newDocuments) new), \(summary.results) results, \(summary.failedInputs) unreadable inputs, in \(store.path)\n")
        }
    }
}

extension HistoryPointsCommand: SiblingWork {
    package func perform() throws { try storeOption.run { Terminal.print(HistoryText.points(try $0.points())) } }
}

extension HistoryShowCommand: SiblingWork {
    package func perform() throws { try storeOption.run { Terminal.print(HistoryText.show(try $0.show(point))) } }
}

extension HistoryDiffCommand: SiblingWork {
    package func perform() throws { try storeOption.run { Terminal.print(HistoryText.diff(try $0.diff(from: from, to: to))) } }
}

extension HistoryDocumentCommand: SiblingWork {
    package func perform() throws { try storeOption.run { Terminal.print(HistoryText.document(try $0.document(id))) } }
}

extension HistoryMetricsCommand: SiblingWork {
    package func perform() throws {
        try storeOption.run { store in
            let series = try store.metrics()
            Terminal.print(format == .json ? try MetricExport.json(series) : MetricExport.csv(series))
        }
    }
}

extension HistoryReportCommand: SiblingWork {
    package func perform() throws {
        try storeOption.run { store in
            let trends = try store.trends()
            do {
                if let html { try Self.write(TrendHTML.render(trends, generated: BatchContext.timestamp()), to: html) }
                if let markdown { try Self.write(TrendMarkdown.render(trends), to: markdown) }
            } catch let error as HistoryError { throw error } catch {
                throw HistoryError(file: html ?? markdown ?? "", message: "cannot write the report: \(error)")
            }
        }
    }

    /// Whole or not at all: a temporary file in the same folder, renamed into place.
    static func write(_ text: String, to path: String) throws {
        let file = try AtomicFile(destination: path)
        do {
            try file.write(text)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }
}
