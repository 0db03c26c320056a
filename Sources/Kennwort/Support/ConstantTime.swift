/// Comparison whose running time depends only on the lengths, not the contents.
enum ConstantTime {
    /// Whether two byte buffers hold the same bytes.
    ///
    /// - Parameters:
    ///   - lhs: One buffer.
    ///   - rhs: The other.
    /// - Returns: `true` when the lengths and all bytes are equal.
    static func equals(_ lhs: UnsafeRawBufferPointer, _ rhs: UnsafeRawBufferPointer) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for index in 0..<lhs.count { difference |= lhs[index] ^ rhs[index] }
        return difference == 0
    }
}
