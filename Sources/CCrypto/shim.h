#ifndef KENNWORT_CCRYPTO_SHIM_H
#define KENNWORT_CCRYPTO_SHIM_H
// OpenSSL's libcrypto (Debian's libssl-dev), for SHA-1 only: Have I Been Pwned's format.
//
// The low-level SHA-1 functions, not EVP: the first EVP_Digest of a process loads
// OpenSSL's providers and name maps (about 5 million instructions, measured here),
// which every start of kennwort-helper would pay. They are deprecated since OpenSSL
// 3.0 but present in 3.x; this one inline function is the only use.
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include <stddef.h>
#include <openssl/crypto.h>
#include <openssl/sha.h>

static inline int kennwort_sha1(const void *data, size_t length, unsigned char *digest) {
    SHA_CTX context;
    int ok = SHA1_Init(&context) && SHA1_Update(&context, data, length) && SHA1_Final(digest, &context);
    OPENSSL_cleanse(&context, sizeof context);
    return ok;
}
#endif
