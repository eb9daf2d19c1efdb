#ifndef COMMUNIQUE_CRAPTOR_SHIM_H
#define COMMUNIQUE_CRAPTOR_SHIM_H

#include <raptor2.h>
#include <stdio.h>

/// `raptor_new_world()` is a macro, which Swift cannot import: this inline function calls it.
static inline raptor_world *craptor_new_world(void) {
    return raptor_new_world();
}

#endif
