import Testing
@testable import Kennwort

/// GECOS from /etc/passwd, else from `getent passwd`, without glibc's NSS in this process.
@Suite("Accounts")
struct AccountsTests {
    static let passwd = Array("""
        root:x:0:0:root:/root:/bin/bash
        anna:x:1000:1000:Anna Schmidt,Raum 4,,:/home/anna:/bin/bash
        annabell:x:1001:1001:Annabell Kurz:/home/annabell:/bin/bash
        nogecos:x:1002:1002::/home/nogecos:/bin/sh

        """.utf8)

    @Test("The entry is the line of exactly that user; the fifth field is GECOS, nil when empty", arguments: [
        ("anna", "Anna Schmidt,Raum 4,,"), ("annabell", "Annabell Kurz"), ("root", "root"), ("nogecos", nil), ("ann", nil),
    ] as [(String, String?)])
    func entry(user: String, gecos: String?) {
        #expect(Accounts.entry(of: user, in: Self.passwd).flatMap(Accounts.field) == gecos)
    }

    @Test("Empty lines are skipped, and the last line counts without a final newline")
    func lastLine() {
        let text = Array("\n\nroot:x:0:0:root:/root:/bin/bash\nlast:x:7:7:Letzte Zeile:/:/bin/sh".utf8)
        #expect(Accounts.entry(of: "last", in: text).flatMap(Accounts.field) == "Letzte Zeile")
        #expect(Accounts.entry(of: "root", in: text).flatMap(Accounts.field) == "root")
        #expect(Accounts.entry(of: "las", in: text) == nil && Accounts.entry(of: "x", in: []) == nil)
    }

    @Test("This machine: root from /etc/passwd; unknown, empty and malformed names give nil")
    func live() {
        #expect(Accounts.gecos(of: "root") == "root")
        #expect(Accounts.gecos(of: "kw-no-such-user-\(Int.random(in: 1000...9999))") == nil)
        #expect(Accounts.gecos(of: "") == nil)
        #expect(Accounts.gecos(of: "root:x") == nil && Accounts.gecos(of: "root\nanna") == nil)
    }
}
