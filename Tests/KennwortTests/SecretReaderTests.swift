import Foundation
import Testing
import KennwortTestSupport
@testable import Kennwort

@Suite("SecretReader")
struct SecretReaderTests {
    /// Feeds `bytes` through a pipe to a reader and returns what it read.
    func read(_ bytes: [UInt8], count: Int = 1, limit: Int = 4096) throws -> [SecretInput] {
        var descriptors: [Int32] = [0, 0]
        try #require(pipe(&descriptors) == 0)
        let writeEnd = descriptors[1]
        let writer = Thread {
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let wrote = write(writeEnd, buffer.baseAddress! + offset, buffer.count - offset)
                    if wrote <= 0 { break }
                    offset += wrote
                }
            }
            close(writeEnd)
        }
        writer.start()
        defer { close(descriptors[0]) }
        return try SecretReader(descriptor: descriptors[0], limit: limit).read(count: count)
    }

    func text(_ input: SecretInput) -> String? {
        guard case .secret(let secret) = input else { return nil }
        return secret.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    @Test("One trailing LF or CRLF is stripped, nothing else", arguments: [
        ("pw", "pw"), ("pw\n", "pw"), ("pw\r\n", "pw"), ("pw\r", "pw\r"), ("p w ", "p w "), ("", ""),
    ])
    func lineEndings(input: String, expected: String) throws {
        let result = try read(Array(input.utf8))
        #expect(result.count == 1)
        #expect(text(result[0]) == expected)
    }

    @Test("Two lines for a new and an old password")
    func twoLines() throws {
        let result = try read(Array("neu\r\nalt".utf8), count: 2)
        #expect(result.map(text) == ["neu", "alt"])
    }

    @Test("More lines than expected is an input error", arguments: ["a\nb", "a\n\n", "a\nb\n"])
    func extraLines(input: String) {
        let error = #expect(throws: KennwortError.self) { try read(Array(input.utf8)) }
        #expect(error?.code == .inputMalformed)
    }

    @Test("Input beyond the limit is reported as too long, and all of it is drained", arguments: [5_000, 1_000_000])
    func tooLong(size: Int) throws {
        let result = try read([UInt8](repeating: UInt8(ascii: "x"), count: size))
        guard case .tooLong = result[0] else {
            Issue.record("expected .tooLong")
            return
        }
    }

    @Test("Invalid UTF-8 and NUL bytes are kept as they are, for validation to refuse")
    func rawBytes() throws {
        let result = try read([0x66, 0xFF, 0x00, 0x67])
        guard case .secret(let secret) = result[0] else {
            Issue.record("expected a secret")
            return
        }
        #expect(secret.withUnsafeBytes { Array($0) } == [0x66, 0xFF, 0x00, 0x67])
    }
}

@Suite("InputValidation")
struct InputValidationTests {
    @Test("Unusable passwords get their own codes", arguments: [
        ([UInt8](), "input.empty"),
        (Array("Xk9#mQ2!vL7p".utf8) + [0] + Array("password".utf8), "input.contains-nul"),
        ([0x50, 0xC3, 0x28], "input.invalid-utf8"),
        ([0xED, 0xA0, 0x80], "input.invalid-utf8"),
        ([0xFF], "input.invalid-utf8"),
    ])
    func problems(bytes: [UInt8], code: String) {
        #expect(InputValidation.problem(with: SecretBytes(copying: bytes))?.code.rawValue == code)
    }

    @Test("Valid passwords pass", arguments: ["Passwörter", "🔑🔑🔑🔑", "plain"])
    func valid(text: String) {
        #expect(InputValidation.problem(with: SecretBytes(text)) == nil)
    }

    @Test("Too long and missing input are findings, not crashes")
    func readerOutcomes() {
        #expect(InputValidation.problem(with: .tooLong)?.code == .inputTooLong)
        #expect(InputValidation.problem(with: .endOfInput)?.code == .inputEmpty)
    }
}

@Suite("SecretBytes")
struct SecretBytesTests {
    @Test("Equality is by content and length")
    func equality() {
        #expect(SecretBytes("abc").constantTimeEquals(SecretBytes("abc")))
        #expect(!SecretBytes("abc").constantTimeEquals(SecretBytes("abd")))
        #expect(!SecretBytes("abc").constantTimeEquals(SecretBytes("abcd")))
    }

    @Test("Printing a secret never shows it")
    func redacted() {
        let secret = SecretBytes("hunter2hunter2")
        #expect(!"\(secret)".contains("hunter2"))
        #expect(!String(reflecting: secret).contains("hunter2"))
    }

    @Test("The C copy is NUL-terminated and holds the bytes")
    func cString() {
        let length = SecretBytes("abc").withCString { strlen($0) }
        #expect(length == 3)
    }
}

@Suite("PasswordChecker")
struct PasswordCheckerTests {
    @Test("Umlaut words are found in their folded form in Kennwort's dictionary")
    func umlautFolding() throws {
        let checker = try PasswordChecker(dictionary: TestDictionaries.own)
        #expect(try checker.assess(SecretBytes("Bärchen")).reasons.map(\.code).contains(.cracklibDictionaryWord))
        #expect(try checker.assess(SecretBytes("Baerchen")).reasons.map(\.code).contains(.cracklibDictionaryWord))
    }

    @Test("Bad input is rejected before cracklib sees it")
    func badInput() throws {
        let checker = try PasswordChecker(dictionary: TestDictionaries.system)
        let nul = try checker.assess(SecretBytes(copying: Array("Xk9#mQ2!vL7p".utf8) + [0] + Array("password".utf8)))
        #expect(!nul.accepted)
        #expect(nul.findings.map(\.code) == [.inputContainsNUL])
        #expect(try checker.assess(.tooLong).findings.map(\.code) == [.inputTooLong])
        #expect(try checker.assess(SecretBytes("Xk9#mQ2!vL7pRt4z")).accepted)
    }

    @Test("Every finding code has German and English texts")
    func texts() {
        let codes: [FindingCode] = [
            .inputEmpty, .inputContainsNUL, .inputInvalidUTF8, .inputTooLong, .cracklibDictionaryWord,
            .cracklibReversedDictionaryWord, .cracklibTooShort, .cracklibWayTooShort, .cracklibAllWhitespace,
            .cracklibTooFewDifferent, .cracklibTooSimple, .cracklibBasedOnUser, .cracklibBasedOnUserInfo,
            .cracklibLooksLikeID, .cracklibOther,
        ]
        for code in codes {
            #expect(AdviceCatalog.codes.contains(code), "\(code)")
        }
        // Every code with a German text has an English one, and the other way round.
        for language in Language.allCases {
            for code in AdviceCatalog.codes {
                let entry = AdviceCatalog.entry(for: code, in: language)
                #expect(entry?.message.isEmpty == false && entry?.advice.isEmpty == false, "\(code) \(language)")
            }
        }
        #expect(AdviceTexts.allGerman.keys.sorted { $0.rawValue < $1.rawValue } == AdviceTexts.allEnglish.keys.sorted { $0.rawValue < $1.rawValue })
        // Each code is in one table only, so the lookup by prefix finds what merging finds.
        for tables in [[AdviceTexts.german, AdviceTexts.estimatorGerman, AdviceTexts.policyGerman],
                       [AdviceTexts.english, AdviceTexts.estimatorEnglish, AdviceTexts.policyEnglish]] {
            #expect(tables.map(\.count).reduce(0, +) == Set(tables.flatMap(\.keys)).count)
        }
        for code in AdviceCatalog.codes {
            #expect(AdviceTexts.entry(for: code, in: .de)?.message == AdviceTexts.allGerman[code]?.message)
        }
    }
}
