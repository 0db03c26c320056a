import Foundation
import Glibc
import KennwortTestSupport
import Testing
@testable import Kennwort

/// Writing, creating and removing files without Foundation.
@Suite("FileWrites")
struct FileWritesTests {
    @Test("write creates missing folders, replaces the file whole and leaves no temporary behind")
    func write() throws {
        let folder = TestPaths.temporaryDirectory()
        defer { FileWrites.removeTree(folder) }
        let path = folder + "/a/b/data.bin"
        try FileWrites.write(Array("first".utf8), to: path, what: "the test file")
        try FileWrites.write(Array("second, longer".utf8), to: path, what: "the test file")
        #expect(FileChecks.contents(path) == Array("second, longer".utf8))
        #expect(FileChecks.names(in: folder + "/a/b") == ["data.bin"])
    }

    @Test("write into a folder that cannot be created throws dataWriteFailed with the path")
    func writeFails() {
        let folder = TestPaths.temporaryDirectory()
        defer { FileWrites.removeTree(folder) }
        let blocker = folder + "/file"
        #expect(FileManager.default.createFile(atPath: blocker, contents: Data()))
        #expect {
            try FileWrites.write([1], to: blocker + "/inside/data.bin", what: "the test file")
        } throws: { error in
            (error as? KennwortError)?.code == .dataWriteFailed && "\(error)".contains(blocker + "/inside/data.bin")
        }
    }

    @Test("makeDirectories is mkdir -p, and false where a file is in the way")
    func makeDirectories() {
        let folder = TestPaths.temporaryDirectory()
        defer { FileWrites.removeTree(folder) }
        #expect(FileWrites.makeDirectories(folder + "/x/y/z"))
        #expect(FileChecks.isDirectory(folder + "/x/y/z"))
        #expect(FileWrites.makeDirectories(folder + "/x/y/z"))
        #expect(FileManager.default.createFile(atPath: folder + "/f", contents: Data()))
        #expect(!FileWrites.makeDirectories(folder + "/f/g"))
    }

    @Test("removeTree removes nested folders, and a symbolic link without following it")
    func removeTree() {
        let folder = TestPaths.temporaryDirectory()
        let outside = TestPaths.temporaryDirectory()
        defer { FileWrites.removeTree(folder); FileWrites.removeTree(outside) }
        #expect(FileWrites.makeDirectories(folder + "/deep/er"))
        #expect(FileManager.default.createFile(atPath: folder + "/deep/er/file", contents: Data([1, 2])))
        #expect(FileManager.default.createFile(atPath: outside + "/keep", contents: Data([3])))
        #expect(symlink(outside, folder + "/link") == 0)
        #expect(FileWrites.removeTree(folder))
        #expect(!FileChecks.exists(folder))
        #expect(FileChecks.contents(outside + "/keep") == [3])
        #expect(FileWrites.removeTree(folder + "/never-there"))
    }
}
