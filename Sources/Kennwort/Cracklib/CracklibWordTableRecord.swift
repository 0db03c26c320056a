/// The record that a word table file passed its checksum and its canaries, so later opens
/// skip both.
///
/// The record, `TABLE.verified`, holds the file's identity when it passed (device, inode,
/// size, change and modification times) and the canary words it was found to hold. Writing
/// to the file, replacing it or truncating it changes the change time, which no one can set
/// back, so a damaged or replaced table is checked again (and refused); other canaries are
/// looked up again too. Whoever could forge the record could write the table itself: both
/// live in the same cache folder.
extension CracklibWordTable {
    static let recordVersion = "KWVERIFIED2 "

    /// The record's text: the file's identity and the canary words it was checked with.
    static func record(_ file: MappedFile, canaries: [String]) -> String {
        var text = recordVersion + file.identity + " "
        for (index, canary) in canaries.enumerated() { text += (index == 0 ? "" : ",") + canary }
        return text + "\n"
    }

    /// Whether this mapped file is the one the record says passed, with these canaries.
    static func wasVerified(_ file: MappedFile, path: String, canaries: [String]) -> Bool {
        guard let data = FileChecks.contents(path + ".verified", limit: 4_096) else { return false }
        return String(decoding: data, as: UTF8.self) == record(file, canaries: canaries)
    }

    /// Notes that this mapped file passed; best effort (a read-only cache just checks again next time).
    static func recordVerified(_ file: MappedFile, path: String, canaries: [String]) {
        try? FileWrites.write(Array(record(file, canaries: canaries).utf8), to: path + ".verified", what: "the word table's record")
    }
}
