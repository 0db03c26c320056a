/// How batch input is laid out.
public enum BatchInputFormat: String, Sendable, CaseIterable {
    /// One password per line.
    case lines
    /// `user:password`, split at the first colon.
    case userPassword = "user-password"
    /// CSV with a header row naming the columns; `password` is required.
    case csv
}

/// One record of batch input, ready to check.
public struct BatchItem: Sendable {
    /// The input line number, from 1.
    public var line: Int
    /// The user, if the format has one.
    public var user: String?
    /// The password, or why it was not kept.
    public var password: SecretInput
    /// Why the record itself is malformed (e.g. a CSV row with too few fields), if it is.
    public var problem: FindingCode?
    /// Personal data and the old password from CSV columns.
    public var context: CheckContext

    public init(line: Int, user: String? = nil, password: SecretInput, problem: FindingCode? = nil, context: CheckContext = CheckContext()) {
        self.line = line
        self.user = user
        self.password = password
        self.problem = problem
        self.context = context
    }
}

/// Turns input lines into batch items, for each input format.
public struct BatchParser: Sendable {
    public let format: BatchInputFormat
    /// CSV columns by name, from the header row.
    private var columns: [String: Int] = [:]
    /// The CSV columns a batch understands.
    public static let csvColumns = ["password", "user", "name", "birthdate", "email", "phone", "street", "postcode", "city", "old_password"]

    public init(format: BatchInputFormat) {
        self.format = format
    }

    /// Reads the CSV header row.
    ///
    /// - Parameter header: The first line.
    /// - Throws: `KennwortError` `.inputMalformed` when it has no `password` column, unknown or repeated columns.
    public mutating func readHeader(_ header: SecretBytes) throws(KennwortError) {
        let names = header.withUnsafeBytes { CSV.fields(Array($0)) }.map { $0.map { String(decoding: $0, as: UTF8.self).lowercased() } }
        guard let names, names.contains("password") else {
            throw KennwortError(.inputMalformed, "the CSV header must name a password column (columns: \(Self.csvColumns.joined(separator: ", ")))")
        }
        if let unknown = names.first(where: { !Self.csvColumns.contains($0) }) {
            throw KennwortError(.inputMalformed, "unknown CSV column \"\(unknown.prefix(32))\" (columns: \(Self.csvColumns.joined(separator: ", ")))")
        }
        // A repeated name would leave fewer columns than fields, and rows would be misread.
        if let repeated = names.enumerated().first(where: { names[..<$0.offset].contains($0.element) }) {
            throw KennwortError(.inputMalformed, "the CSV column \"\(repeated.element.prefix(32))\" appears twice")
        }
        columns = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }

    /// The item for one line.
    ///
    /// - Parameters:
    ///   - line: The line as read.
    ///   - number: Its line number.
    /// - Returns: The item; malformed records carry their problem.
    public func item(_ line: LineReader.Line, number: Int) -> BatchItem {
        guard case .bytes(let bytes) = line else { return BatchItem(line: number, password: .tooLong) }
        switch format {
        case .lines:
            return BatchItem(line: number, password: .secret(bytes))
        case .userPassword:
            if bytes.count == 0 { return BatchItem(line: number, password: .endOfInput) }
            return bytes.withUnsafeBytes { raw in
                guard let colon = raw.firstIndex(of: UInt8(ascii: ":")) else {
                    return BatchItem(line: number, password: .endOfInput, problem: .batchNoSeparator)
                }
                let user = String(decoding: raw[..<colon], as: UTF8.self)
                return BatchItem(
                    line: number, user: user, password: .secret(SecretBytes(copying: raw[(colon + 1)...])),
                    context: CheckContext(personal: PersonalData(user: user)))
            }
        case .csv:
            if bytes.count == 0 { return BatchItem(line: number, password: .endOfInput) }
            return bytes.withUnsafeBytes { raw in csvItem(Array(raw), number: number) }
        }
    }

    private func csvItem(_ raw: [UInt8], number: Int) -> BatchItem {
        var fields = CSV.fields(raw)
        defer { if fields != nil { for index in fields!.indices { fields![index].withUnsafeMutableBytes { SecretBytes.wipe($0) } } } }
        guard let values = fields, values.count == columns.count else {
            return BatchItem(line: number, password: .endOfInput, problem: .batchBadCSV)
        }
        func text(_ name: String) -> String? {
            columns[name].map { String(decoding: values[$0], as: UTF8.self) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let personal = PersonalData(
            user: text("user"), name: text("name"), birthdate: text("birthdate"), email: text("email"), phone: text("phone"),
            street: text("street"), postcode: text("postcode"), city: text("city"))
        let old = columns["old_password"].map { SecretBytes(copying: values[$0]) }.flatMap { $0.count == 0 ? nil : $0 }
        return BatchItem(
            line: number, user: personal.user, password: .secret(SecretBytes(copying: values[columns["password"]!])),
            context: CheckContext(personal: personal, oldPassword: old))
    }
}

/// RFC 4180 CSV, one line at a time.
public enum CSV {
    /// The fields of one line, or `nil` for an unterminated quote.
    public static func fields(_ line: [UInt8]) -> [[UInt8]]? {
        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var index = 0
        var quoted = false
        var wasQuoted = false
        while index < line.count {
            let byte = line[index]
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < line.count && line[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
            } else if byte == UInt8(ascii: ",") {
                fields.append(field)
                field = []
                wasQuoted = false
            } else if byte == UInt8(ascii: "\"") && field.isEmpty && !wasQuoted {
                quoted = true
                wasQuoted = true
            } else {
                field.append(byte)
            }
            index += 1
        }
        if quoted { return nil }
        fields.append(field)
        return fields
    }

    /// A field quoted when it needs to be.
    public static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
