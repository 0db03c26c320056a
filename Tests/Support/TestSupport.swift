import Foundation
import Kennwort

/// Paths and shared fixtures for Kennwort's tests.
public enum TestPaths {
    /// The repository root: the first parent of the test binary holding Package.swift.
    public static let repositoryRoot: String = {
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder.path
            }
            folder.deleteLastPathComponent()
        }
        fatalError("tests must run from inside the Kennwort checkout")
    }()

    /// The folder holding the built products, next to the test binary.
    public static let productsDirectory: String = {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().path
    }()

    /// Whether the suite runs under a sanitizer (scripts/sanitize.sh sets this variable).
    ///
    /// Shadow memory and instrumentation make memory and time bounds meaningless there.
    public static var underSanitizer: Bool {
        ProcessInfo.processInfo.environment["KENNWORT_CHILD_ASAN_OPTIONS"] != nil
    }

    /// A file's bytes, read with `open`/`read`: Foundation's file reading leaks its buffer on an
    /// empty file (LeakSanitizer, Swift 6.3.1), and the whole suite runs under LeakSanitizer.
    public static func contents(of path: String) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(descriptor) }
        var bytes = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { break }
            bytes.append(contentsOf: chunk[0..<got])
        }
        return bytes
    }

    /// The built `kennwort` binary.
    public static var kennwort: String { productsDirectory + "/kennwort" }

    /// The shipped word lists.
    public static var wordlists: String { repositoryRoot + "/wordlists" }

    /// A cache folder for dictionaries built by tests, inside the build output.
    public static var cache: String { repositoryRoot + "/.build/kennwort-test-cache" }

    /// John the Ripper's list (apt `john`).
    public static let johnList = "/usr/share/john/password.lst"

    /// A fresh, empty temporary folder.
    public static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "kennwort-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// Dictionaries the tests share; each is opened or built once per process.
public enum TestDictionaries {
    /// Debian's dictionary, as `cracklib-check` uses it; its word table is kept in the test cache.
    public static let system = CracklibDictionary.system.withWordTable(in: TestPaths.cache)

    /// Kennwort's own data, built from `wordlists/` into the test cache.
    public static let ownData: (dictionary: CracklibDictionary, estimatorIndex: String, breachList: String) = {
        let cache = DictionaryCache(directory: TestPaths.cache, wordlists: TestPaths.wordlists)
        return try! cache.data()
    }()

    /// Kennwort's own cracklib dictionary.
    public static var own: CracklibDictionary { ownData.dictionary }

    /// The estimator with Kennwort's word index.
    public static let estimator = PasswordEstimator(index: try! EstimatorIndex(path: ownData.estimatorIndex))
}

/// Makes test passwords.
public enum PasswordFactory {
    /// The 94 printable ASCII characters without space.
    public static let printable = (33...126).map { Character(UnicodeScalar(UInt8($0))) }

    /// A random password of `length` printable ASCII characters.
    public static func random(length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in printable.randomElement(using: &generator)! })
    }

    /// A fixture of the library tests, by file name.
    public static func fixture(_ name: String) -> String {
        TestPaths.repositoryRoot + "/Tests/KennwortTests/Fixtures/" + name
    }

    /// The non-empty lines of a file as text.
    public static func textLines(of path: String) -> [String] {
        lines(of: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The non-empty lines of a file, kept as raw bytes.
    public static func lines(of path: String) -> [[UInt8]] {
        let data = FileManager.default.contents(atPath: path) ?? Data()
        return data.split(separator: UInt8(ascii: "\n")).map { Array($0) }.filter { !$0.isEmpty }
    }
}

extension SecretBytes {
    /// A secret holding the UTF-8 of `text`.
    public convenience init(_ text: String) {
        self.init(copying: Array(text.utf8))
    }
}
