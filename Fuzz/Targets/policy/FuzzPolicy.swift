import FuzzSupport
import Kennwort

/// Fuzzes policy files (pwquality.conf syntax plus Kennwort's keys): parse and lint.
///
/// Invariants: diagnostics are sorted and name lines of the file; rendering
/// the parsed settings and parsing that again gives the same settings with no
/// error; and CRLF line endings read exactly like LF ones.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPolicy(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    let text = String(decoding: bytes, as: UTF8.self)
    let parsed = PolicyFile.parse(text)
    let lineCount = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
    Fuzz.require(parsed.diagnostics.map(\.line) == parsed.diagnostics.map(\.line).sorted(), "diagnostics not sorted")
    Fuzz.require(parsed.diagnostics.allSatisfy { (1...lineCount).contains($0.line) }, "a diagnostic names no line of the file")

    let rendered = PolicyFile.render(parsed.settings)
    let again = PolicyFile.parse(rendered)
    Fuzz.require(!again.diagnostics.contains { $0.kind == .error }, "rendered policy has errors: \(again.diagnostics)")
    Fuzz.require(again.settings == parsed.settings, "render → parse changes the settings")

    if !bytes.contains(UInt8(ascii: "\r")) {
        var crlf: [UInt8] = []
        for byte in bytes {
            if byte == UInt8(ascii: "\n") { crlf.append(UInt8(ascii: "\r")) }
            crlf.append(byte)
        }
        let windows = PolicyFile.parse(String(decoding: crlf, as: UTF8.self))
        Fuzz.require(windows.settings == parsed.settings, "CRLF line endings change the settings")
        Fuzz.require(windows.diagnostics.map(\.line) == parsed.diagnostics.map(\.line), "CRLF line endings change the diagnostics")
    }
    return 0
}
