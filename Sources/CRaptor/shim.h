#ifndef COMMUNIQUE_CRAPTOR_SHIM_H
#define COMMUNIQUE_CRAPTOR_SHIM_H

#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/// `raptor_new_world()` is a macro, which Swift cannot import: this inline function calls it.
static inline raptor_world *craptor_new_world(void) {
    return raptor_new_world();
}

/// Bytes that a Raptor stream writes into memory, grown by doubling; `failed` once an allocation failed.
/// Raptor's writers call the stream once per byte, so the handler is C: a Swift callback costs a thunk a byte.
typedef struct {
    unsigned char *start;
    size_t count;
    size_t capacity;
    int failed;
} craptor_bytes;

static inline int craptor_bytes_reserve(craptor_bytes *bytes, size_t more) {
    if (bytes->count + more <= bytes->capacity) return 0;
    size_t grown = bytes->capacity ? bytes->capacity * 2 : 4096;
    while (grown < bytes->count + more) grown *= 2;
    unsigned char *moved = (unsigned char *)realloc(bytes->start, grown);
    if (!moved) { bytes->failed = 1; return 1; }
    bytes->start = moved;
    bytes->capacity = grown;
    return 0;
}

/// Grows the bytes and appends one: the slow path of `craptor_bytes_write_byte`, apart so that the fast
/// path saves no registers.
__attribute__((noinline)) static int craptor_bytes_grow_and_write_byte(craptor_bytes *bytes, const int byte) {
    if (craptor_bytes_reserve(bytes, 1)) return 1;
    bytes->start[bytes->count++] = (unsigned char)byte;
    return 0;
}

/// Appends one byte. Raptor's escaping writers call it for every byte they write.
static inline int craptor_bytes_write_byte(void *context, const int byte) {
    craptor_bytes *bytes = (craptor_bytes *)context;
    if (bytes->count < bytes->capacity) {
        bytes->start[bytes->count++] = (unsigned char)byte;
        return 0;
    }
    return craptor_bytes_grow_and_write_byte(bytes, byte);
}

static inline int craptor_bytes_write_bytes(void *context, const void *source, size_t size, size_t count) {
    craptor_bytes *bytes = (craptor_bytes *)context;
    if (craptor_bytes_reserve(bytes, size * count)) return 0;
    memcpy(bytes->start + bytes->count, source, size * count);
    bytes->count += size * count;
    return (int)count;
}

/// The handler of every memory stream; Raptor keeps a pointer to it, so it lives as long as the program.
static inline const raptor_iostream_handler *craptor_bytes_handler(void) {
    static const raptor_iostream_handler handler = {
        2, NULL, NULL, craptor_bytes_write_byte, craptor_bytes_write_bytes, NULL, NULL, NULL
    };
    return &handler;
}

#endif
