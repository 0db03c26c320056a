internal import CArgon2

/// The only code that calls libargon2. It computes raw Argon2 tags; PHC
/// strings, limits and comparison live in safe Swift above it.
enum Argon2Binding {
    /// Computes an Argon2 tag. The corresponding C function is `argon2_ctx`.
    ///
    /// The password goes in as pointer and length, never as a C string, and
    /// libargon2 wipes its own working memory.
    ///
    /// - Parameters:
    ///   - password: The password bytes.
    ///   - salt: The salt, at least 8 bytes.
    ///   - variant: Argon2d, Argon2i or Argon2id.
    ///   - iterations: Passes over memory (t).
    ///   - memoryKiB: Memory in KiB (m).
    ///   - lanes: Parallel lanes (p); part of the hash.
    ///   - threads: Threads to use, 1…lanes; not part of the hash.
    ///   - tagLength: Bytes of output.
    ///   - secret: Optional key (K), as in RFC 9106.
    ///   - associatedData: Optional associated data (X).
    /// - Returns: The tag.
    /// - Throws: `KennwortError` `.hashComputationFailed` with libargon2's error name.
    static func hash(
        password: SecretBytes, salt: [UInt8], variant: Argon2Variant,
        iterations: UInt32, memoryKiB: UInt32, lanes: UInt32, threads: UInt32,
        tagLength: Int, secret: [UInt8] = [], associatedData: [UInt8] = []
    ) throws(KennwortError) -> [UInt8] {
        var tag = [UInt8](repeating: 0, count: tagLength)
        var salt = salt, secret = secret, associatedData = associatedData
        let status: Int32 = password.withUnsafeBytes { passwordBytes in
            tag.withUnsafeMutableBufferPointer { out in
                salt.withUnsafeMutableBufferPointer { saltBytes in
                    secret.withUnsafeMutableBufferPointer { secretBytes in
                        associatedData.withUnsafeMutableBufferPointer { adBytes in
                            var context = argon2_context()
                            context.out = out.baseAddress
                            context.outlen = UInt32(tagLength)
                            context.pwd = UnsafeMutablePointer(mutating: passwordBytes.baseAddress?.assumingMemoryBound(to: UInt8.self))
                            context.pwdlen = UInt32(passwordBytes.count)
                            context.salt = saltBytes.baseAddress
                            context.saltlen = UInt32(saltBytes.count)
                            context.secret = secretBytes.count > 0 ? secretBytes.baseAddress : nil
                            context.secretlen = UInt32(secretBytes.count)
                            context.ad = adBytes.count > 0 ? adBytes.baseAddress : nil
                            context.adlen = UInt32(adBytes.count)
                            context.t_cost = iterations
                            context.m_cost = memoryKiB
                            context.lanes = lanes
                            context.threads = threads
                            context.version = UInt32(ARGON2_VERSION_13.rawValue)
                            context.allocate_cbk = nil
                            context.free_cbk = nil
                            // ARGON2_DEFAULT_FLAGS is not imported into Swift; it is 0.
                            context.flags = 0
                            return argon2_ctx(&context, argon2Type(variant))
                        }
                    }
                }
            }
        }
        guard status == ARGON2_OK.rawValue else {
            throw KennwortError(.hashComputationFailed, "libargon2: \(String(cString: argon2_error_message(status)))")
        }
        return tag
    }

    private static func argon2Type(_ variant: Argon2Variant) -> argon2_type {
        switch variant {
        case .argon2d: Argon2_d
        case .argon2i: Argon2_i
        case .argon2id: Argon2_id
        }
    }
}
