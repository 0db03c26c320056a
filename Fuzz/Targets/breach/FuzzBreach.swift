import FuzzSupport
import Glibc
import Kennwort

/// Fuzzes breach lists: opening and looking up in arbitrary bytes, and importing arbitrary sources.
///
/// The first byte picks the mode. Open: the rest is a list file, looked up
/// with fingerprints taken from it; with bit 1 set the harness first makes the
/// header consistent (magic, version, small parameters, entry count matching
/// the size, checksum), so the damaged index and entries behind it get
/// fuzzed rather than the checksum. Import (bit 0): the rest is a source
/// file (bit 2: plain text, else detected; bit 3: in small sorted runs, merged);
/// imported as plain text, every line must then be found.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBreach(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    guard let selector = bytes.first else { return 0 }
    let rest = Array(bytes.dropFirst())
    if selector & 1 == 1 {
        // Small runs exercise the external merge; each costs a 1 MiB read block, so at most about 8.
        let lines = rest.count { $0 == UInt8(ascii: "\n") }
        let runLimit = selector & 8 != 0 ? max(4 + Int(selector >> 4), lines / 8 + 1) : 4096
        importSource(rest, plain: selector & 4 != 0, runLimit: runLimit)
    } else {
        openList(selector & 2 != 0 ? consistentHeader(rest) : rest)
    }
    return 0
}

/// Opens `file` as a list; when it opens, looks up what it holds and more.
func openList(_ file: [UInt8]) {
    scratch.replace(with: file)
    let list: BreachList
    do {
        list = try BreachList(path: scratch.path)
    } catch {
        Fuzz.require(error.code == .dataInvalid || error.code == .dataMissing, "open failed with \(error.code)")
        return
    }
    _ = list.verify()
    _ = list.lookup(SecretBytes(copying: Array("Passwort1".utf8)))
    var position = 0
    while position + 8 <= file.count && position < 4096 {
        let fingerprint = file[position..<position + 8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        _ = list.lookup(fingerprint: fingerprint)
        _ = list.lookup(fingerprint: ~fingerprint)
        position += 8
    }
}

/// `file` with a header a list could have: the index and entries are left as they are.
func consistentHeader(_ file: [UInt8]) -> [UInt8] {
    var file = file + [UInt8](repeating: 0, count: max(0, 64 - file.count))
    let prefixBits = 1 + Int(file[12]) % 8, stored = 1 + Int(file[16]) % 8, countBytes = Int(file[20]) % 2
    let offset = 64 + ((1 << prefixBits) + 1) * 8
    if file.count < offset { file += [UInt8](repeating: 0, count: offset - file.count) }
    let entries = (file.count - offset) / (stored + countBytes)
    file.removeLast(file.count - offset - entries * (stored + countBytes))
    file.replaceSubrange(0..<8, with: Array("KWBRCH01".utf8))
    for (at, value) in [(8, 1), (12, prefixBits), (16, stored), (20, countBytes)] { put(UInt64(value), 4, at, &file) }
    put(UInt64(entries), 8, 24, &file)
    put(fnv1a(file[0..<56]), 8, 56, &file)
    return file
}

/// Imports `source`; a plain import must then find every line.
func importSource(_ source: [UInt8], plain: Bool, runLimit: Int) {
    scratch.replace(with: source)
    let builder = BreachListBuilder(format: plain ? .plain : .auto, runLimit: runLimit)
    let report: BreachListBuilder.Report
    do {
        report = try builder.build(from: [scratch.path], to: output)
    } catch {
        return Fuzz.require(false, "import failed: \(error)")
    }
    guard let list = try? BreachList(path: output) else { return Fuzz.require(false, "an imported list does not open") }
    Fuzz.require(list.count == report.entries, "the list holds \(list.count) entries, the report says \(report.entries)")
    Fuzz.require(list.verify(), "an imported list fails its checksum")
    guard plain else { return }
    for line in source.split(separator: UInt8(ascii: "\n")) {
        let password = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        guard !password.isEmpty, password.count <= 4096 else { continue }
        Fuzz.require(list.lookup(SecretBytes(copying: password)) != nil, "an imported password is not found")
    }
}

func put(_ value: UInt64, _ width: Int, _ offset: Int, _ file: inout [UInt8]) {
    for index in 0..<width { file[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(index))) }
}

func fnv1a(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
}

let scratch = ScratchFile()
let folder: String = {
    let path = "/dev/shm/kennwort-fuzz-breach-\(getpid())"
    mkdir(path, 0o700)
    atexit { removeOutput() }
    return path
}()

/// Removes the import's output folder when the fuzzer exits.
func removeOutput() {
    unlink(output)
    rmdir(folder)
}
let output = folder + "/list.kwb"
