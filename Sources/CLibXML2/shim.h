#ifndef DOCENT_CLIBXML2_SHIM_H
#define DOCENT_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* libxml2 built with ICU would include the system's ICU headers (unicode/ucnv.h), whose ICU types clash with
   Foundation's bundled _FoundationICU ("'UErrorCode' has different definitions") in any Swift module
   importing both. Docent never uses libxml2's ICU converters (only the tail of
   xmlCharEncodingHandler, which we never allocate, depends on this), so hide them. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 treats as shared mutable state.
static inline void docent_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
