#ifndef COMMUNIQUE_CLIBXML2_SHIM_H
#define COMMUNIQUE_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, and its encoding header then includes ICU's, whose enums clash with
// the ICU that Foundation carries. Nothing here uses libxml2's ICU converters, so the headers are read
// without them (only xmlCharEncodingHandler's layout depends on it, and Swift never touches its fields).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#endif
