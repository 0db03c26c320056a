// kennwort-bench: in-process timings for the benchmark scripts in benchmarks/.
// Not a test and not shipped; prints one JSON object per call.
//
//   kennwort-bench argon2-hash PRESET RUNS     median ms to hash with a preset
//   kennwort-bench argon2-verify PRESET RUNS   median ms to verify a hash made with a preset
//   kennwort-bench breach-lookup LIST N         N random fingerprint lookups; the rate on stderr
//   kennwort-bench estimate INDEX FILE          score and log10 guesses per line, then the rate
//                                               (one core; a JSON summary on stderr)
import Foundation
import Kennwort

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func median(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        try body()
        times.append(milliseconds(ContinuousClock.now - start))
    }
    return times.sorted()[times.count / 2]
}

let arguments = CommandLine.arguments
if arguments.count == 4 && arguments[1] == "breach-lookup", let count = Int(arguments[3]) {
    let list = try BreachList(path: arguments[2])
    var generator = SystemRandomNumberGenerator()
    let probes = (0..<count).map { _ in generator.next() as UInt64 }
    var hits = 0
    let start = ContinuousClock.now
    for probe in probes where list.lookup(fingerprint: probe) != nil { hits += 1 }
    let seconds = milliseconds(ContinuousClock.now - start) / 1000
    FileHandle.standardError.write(Data("{\"lookups\":\(count),\"hits\":\(hits),\"perSecond\":\(Double(count) / seconds)}\n".utf8))
    exit(0)
}
if arguments.count == 4 && arguments[1] == "estimate" {
    let estimator = PasswordEstimator(index: try EstimatorIndex(path: arguments[2]))
    let data = try Data(contentsOf: URL(fileURLWithPath: arguments[3]))
    let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast(data.last == 10 ? 1 : 0)
    var output = ""
    let start = ContinuousClock.now
    for line in lines {
        let estimate = estimator.estimate(SecretBytes(copying: Array(line)))
        output += "\(estimate.score)\t\(estimate.guessesLog10)\n"
    }
    let seconds = milliseconds(ContinuousClock.now - start) / 1000
    print(output, terminator: "")
    FileHandle.standardError.write(Data("{\"passwords\":\(lines.count),\"seconds\":\(seconds),\"perSecond\":\(Double(lines.count) / seconds)}\n".utf8))
    exit(0)
}
guard arguments.count == 4, let parameters = Argon2Parameters.preset(named: arguments[2]), let runs = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: kennwort-bench argon2-hash|argon2-verify PRESET RUNS\n".utf8))
    exit(64)
}
let hasher = Argon2Hasher(parameters: parameters)
let password = SecretBytes(copying: Array("benchmark-password".utf8))
switch arguments[1] {
case "argon2-hash":
    let ms = try median(runs: runs) { _ = try hasher.hash(password) }
    print("{\"operation\":\"hash\",\"preset\":\"\(arguments[2])\",\"medianMs\":\(ms)}")
case "argon2-verify":
    let stored = try hasher.hash(password)
    let ms = try median(runs: runs) { _ = try hasher.verify(password, against: stored) }
    print("{\"operation\":\"verify\",\"preset\":\"\(arguments[2])\",\"medianMs\":\(ms)}")
default:
    exit(64)
}
