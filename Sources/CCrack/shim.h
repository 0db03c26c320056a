#ifndef KENNWORT_CCRACK_SHIM_H
#define KENNWORT_CCRACK_SHIM_H
// crack.h uses size_t without including <stddef.h>.
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>
#include <locale.h>
#include <crack.h>
// IN_CRACKLIB exposes PWDICT's fields (word count, high-water marks), which
// Kennwort reads once to copy a dictionary's words into its own lookup table.
#define HAVE_INTTYPES_H 1
#define IN_CRACKLIB 1
#include <inttypes.h>
#include <packer.h>
#undef IN_CRACKLIB


// A "C" locale for uselocale(), so cracklib's gettext messages stay untranslated.
static inline locale_t kennwort_c_locale(void) {
    return newlocale(LC_ALL_MASK, "C", (locale_t)0);
}
#endif
