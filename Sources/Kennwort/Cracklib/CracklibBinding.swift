internal import CCrack
import Glibc

/// The only code that calls libcrack2. Everything here must run under
/// ``CracklibEngine``'s lock: libcrack keeps one static dictionary per
/// process and static buffers in its rule code.
enum CracklibBinding {
    /// An open cracklib dictionary.
    final class Handle: @unchecked Sendable {
        fileprivate let pointer: UnsafeMutablePointer<PWDICT>
        fileprivate init(_ pointer: UnsafeMutablePointer<PWDICT>) { self.pointer = pointer }
    }

    /// The dictionary libcrack was built to use, e.g. `/var/cache/cracklib/cracklib_dict`.
    static var defaultPrefix: String { String(cString: GetDefaultCracklibDict()) }

    /// Opens a packed dictionary for reading. The corresponding C function is `PWOpen`.
    ///
    /// - Parameter prefix: The path without `.pwd`/`.pwi`/`.hwm`.
    /// - Returns: The handle, or `nil` when libcrack cannot open it.
    static func open(prefix: String) -> Handle? {
        var mode: [CChar] = [CChar(UInt8(ascii: "r")), 0]
        guard let pointer = PWOpen(prefix, &mode) else { return nil }
        return Handle(pointer)
    }

    /// Closes a dictionary. The corresponding C function is `PWClose`.
    static func close(_ handle: Handle) {
        _ = PWClose(handle.pointer)
    }

    /// Checks a password; `nil` means cracklib found nothing.
    ///
    /// The check runs in the C locale, so the message is cracklib's English
    /// original and can be mapped by identity. The corresponding C function
    /// is `FascistLookUser`.
    ///
    /// - Parameters:
    ///   - handle: An open dictionary.
    ///   - password: The password; it reaches C as a wiped NUL-terminated copy.
    ///   - user: The user name, already capped.
    ///   - gecos: The GECOS text, already capped.
    /// - Returns: cracklib's message, untranslated, or `nil` when it passes.
    static func look(_ handle: Handle, password: SecretBytes, user: String, gecos: String) -> String? {
        precondition(user.utf8.count < 256 && gecos.utf8.count < 256, "cap user and GECOS first")
        let cLocale = kennwort_c_locale()
        let previous = cLocale.map { uselocale($0) }
        defer {
            if let previous { uselocale(previous) }
            if let cLocale { freelocale(cLocale) }
        }
        return password.withCString { pointer in
            FascistLookUser(handle.pointer, pointer, user, gecos).map { String(cString: $0) }
        }
    }

    /// Copies every word of an open dictionary, in its order, with its high-water marks.
    ///
    /// The words come from libcrack's own decoder (`GetPW`), so the copy is
    /// what `FindPW` searches. The corresponding C function is `GetPW`.
    ///
    /// - Parameter handle: An open dictionary.
    /// - Returns: The words and, when the `.hwm` file was read, the 256 marks; `nil` if a block cannot be read.
    static func words(_ handle: Handle) -> (words: [[UInt8]], highWaterMarks: [UInt32]?)? {
        let pwp = handle.pointer
        let count = pwp.pointee.header.pih_numwords
        var words: [[UInt8]] = []
        words.reserveCapacity(Int(count))
        for number in 0..<count {
            guard let word = GetPW(pwp, number) else { return nil }
            words.append(Array(UnsafeRawBufferPointer(start: word, count: strlen(word))))
        }
        guard pwp.pointee.flags & UInt32(PFOR_USEHWMS) != 0 else { return (words, nil) }
        let marks = withUnsafeBytes(of: pwp.pointee.hwms) { Array($0.bindMemory(to: UInt32.self)) }
        return (words, marks)
    }

    /// Whether libcrack's binary search finds `word`; for tests against Kennwort's table.
    ///
    /// The corresponding C function is `FindPW`.
    static func find(_ handle: Handle, _ word: [UInt8]) -> Bool {
        var text = word.map { CChar(bitPattern: $0) } + [0]
        return FindPW(handle.pointer, &text) != handle.pointer.pointee.header.pih_numwords
    }

    /// Applies one mangling rule with libcrack's interpreter; for tests against Kennwort's.
    ///
    /// Uses static buffers in libcrack, so it must run under the engine's lock.
    /// The corresponding C function is `Mangle`.
    ///
    /// - Returns: The mangled bytes, or `nil` when the rule rejects the input.
    static func mangle(_ input: [UInt8], rule: String) -> [UInt8]? {
        precondition(input.count < 256 && rule.utf8.count < 256 && !input.contains(0))
        var text = input.map { CChar(bitPattern: $0) } + [0]
        var control = Array(rule.utf8CString)
        let cLocale = kennwort_c_locale()
        let previous = cLocale.map { uselocale($0) }
        defer {
            if let previous { uselocale(previous) }
            if let cLocale { freelocale(cLocale) }
        }
        guard let result = Mangle(&text, &control) else { return nil }
        return Array(UnsafeRawBufferPointer(start: result, count: strlen(result)))
    }

    /// Writes a packed dictionary from words already folded, sorted and unique.
    ///
    /// The corresponding C functions are `PWOpen(prefix, "w")`, `PutPW` and `PWClose`.
    ///
    /// - Parameters:
    ///   - prefix: The path without `.pwd`/`.pwi`/`.hwm`.
    ///   - words: Byte-sorted, unique words of at most 30 bytes.
    /// - Returns: Whether every word was written.
    static func write(prefix: String, words: [[UInt8]]) -> Bool {
        var mode: [CChar] = [CChar(UInt8(ascii: "w")), 0]
        guard let pointer = PWOpen(prefix, &mode) else { return false }
        var ok = true
        var buffer = [CChar](repeating: 0, count: 64)
        for word in words where ok {
            precondition(word.count < buffer.count)
            for (index, byte) in word.enumerated() { buffer[index] = CChar(bitPattern: byte) }
            buffer[word.count] = 0
            ok = PutPW(pointer, &buffer) == 0
        }
        // PWClose writes the index and the high-water marks.
        return PWClose(pointer) == 0 && ok
    }
}
