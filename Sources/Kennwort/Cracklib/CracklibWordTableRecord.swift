/// The record that a word table file passed its checksum, so later opens can skip the pass.
///
/// The record, `TABLE.verified`, holds the file's identity when it passed: device,
/// inode, size, change and modification times. Writing to the file, replacing it or
/// truncating it changes the change time, which no one can set back, so a damaged or
/// replaced table is checked again (and refused). Whoever could forge the record could
/// write the table itself: both live in the same cache folder.
extension CracklibWordTable {
    static let recordVersion = "KWVERIFIED1 "

    /// Whether this mapped file is the one the record says passed.
    static func wasVerified(_ file: MappedFile, path: String) -> Bool {
        guard let data = FileChecks.contents(path + ".verified", limit: 256) else { return false }
        return String(decoding: data, as: UTF8.self) == recordVersion + file.identity + "\n"
    }

    /// Notes that this mapped file passed; best effort (a read-only cache just checks again next time).
    static func recordVerified(_ file: MappedFile, path: String) {
        try? CracklibWordTableBuilder.write(Array((recordVersion + file.identity + "\n").utf8), to: path + ".verified")
    }
}
