#ifndef KENNWORT_CCRYPTO_SHIM_H
#define KENNWORT_CCRYPTO_SHIM_H
// OpenSSL's libcrypto (Debian's libssl-dev), for SHA-1 only: Have I Been Pwned's format.
#include <openssl/evp.h>
#endif
