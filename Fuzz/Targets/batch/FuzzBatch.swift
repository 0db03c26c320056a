import FuzzSupport
import Kennwort

/// Fuzzes batch input: bytes through the line reader and the record parser, in all three formats.
///
/// The first byte picks the format and the line limit; the rest is the input.
/// The reader runs with a buffer of twice the limit, so line and buffer
/// boundaries meet often, and must agree with a plain reference split:
/// every line once, in order, `\r` before its end dropped, over the limit
/// reported as too long. Each record must carry what its format says.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBatch(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    guard let selector = bytes.first else { return 0 }
    let format = BatchInputFormat.allCases[Int(selector) % 3]
    let limit = 1 + Int(selector / 3) % 64
    let input = Array(bytes.dropFirst())
    scratch.replace(with: input)

    let reader = LineReader(descriptor: scratch.descriptor, limit: limit, bufferSize: 0)
    var parser = BatchParser(format: format)
    let expected = referenceLines(input, limit: limit)
    var number = 0
    while let line = try! reader.next() {
        number += 1
        Fuzz.require(number <= expected.count, "more lines than the input has")
        Fuzz.require(reader.lineNumber == number, "line number \(reader.lineNumber), expected \(number)")
        let want = expected[number - 1]
        switch line {
        case .tooLong: Fuzz.require(want == nil, "line \(number) reported too long")
        case .bytes(let got): Fuzz.require(want == got.withUnsafeBytes { Array($0) }, "line \(number) differs")
        }
        if format == .csv && number == 1 {
            guard case .bytes(let header) = line, (try? parser.readHeader(header)) != nil else { return 0 }
            continue
        }
        checkItem(parser.item(line, number: number), want, format: format, number: number)
    }
    Fuzz.require(number == expected.count, "\(number) lines read, \(expected.count) in the input")
    return 0
}

/// Checks one record against the line it came from.
func checkItem(_ item: BatchItem, _ line: [UInt8]?, format: BatchInputFormat, number: Int) {
    Fuzz.require(item.line == number, "record for line \(number) says line \(item.line)")
    guard let line else {
        if case .tooLong = item.password { return }
        return Fuzz.require(false, "an overlong line gave a password")
    }
    let password: [UInt8]? = if case .secret(let secret) = item.password { secret.withUnsafeBytes { Array($0) } } else { nil }
    switch format {
    case .lines:
        Fuzz.require(password == line, "lines: password differs from the line")
    case .userPassword:
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
            return Fuzz.require(password == nil && (line.isEmpty || item.problem != nil), "user-password: no colon but a password")
        }
        Fuzz.require(password == Array(line[(colon + 1)...]), "user-password: wrong password")
        Fuzz.require(item.user == String(decoding: line[..<colon], as: UTF8.self), "user-password: wrong user")
    case .csv:
        if line.isEmpty || item.problem != nil { return Fuzz.require(password == nil, "csv: a bad row gave a password") }
        guard let fields = CSV.fields(line) else { return Fuzz.require(false, "csv: an unparsable row was accepted") }
        Fuzz.require(password.map { fields.contains($0) } == true, "csv: the password is not a field of the row")
        let quoted = fields.map { [UInt8(ascii: "\"")] + $0.split(separator: UInt8(ascii: "\""), omittingEmptySubsequences: false)
            .joined(separator: [UInt8(ascii: "\""), UInt8(ascii: "\"")]) + [UInt8(ascii: "\"")] }
        Fuzz.require(CSV.fields(Array(quoted.joined(separator: [UInt8(ascii: ",")]))) == fields, "csv: quoting does not round-trip")
    }
}

/// The lines a reader must return: `nil` for one over `limit` bytes.
func referenceLines(_ input: [UInt8], limit: Int) -> [[UInt8]?] {
    var lines = input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
    if lines.last?.isEmpty == true { lines.removeLast() }
    return lines.map { line in
        let content = line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : line
        return content.count > limit ? nil : content
    }
}

let scratch = ScratchFile()
