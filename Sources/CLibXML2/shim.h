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

/// Counts the errors libxml2 reports during one parse and keeps the first one (for diagnostics).
typedef struct {
    int errors;
    int firstLine;
    int firstColumn;
    int firstCode;
    char firstMessage[200];
} docent_error_record;

/// The structured-error callback: libxml2 2.12+ passes `const xmlError *`, 2.9 an `xmlErrorPtr`.
#if LIBXML_VERSION >= 21200
static inline void docent_record_error(void *context, const xmlError *error) {
#else
static inline void docent_record_error(void *context, xmlErrorPtr error) {
#endif
    docent_error_record *record = (docent_error_record *)context;
    if (record == NULL || error == NULL || error->level < XML_ERR_ERROR) return;
    /* HTML5 elements (main, nav, article…) are unknown to libxml2's HTML 4 parser: not a defect of the page. */
    if (error->code == XML_HTML_UNKNOWN_TAG) return;
    if (record->errors == 2147483647) return;
    record->errors += 1;
    if (record->errors == 1) {
        record->firstLine = error->line;
        record->firstColumn = error->int2;
        record->firstCode = error->code;
        const char *message = error->message != NULL ? error->message : "";
        int i = 0;
        for (; i < (int)sizeof(record->firstMessage) - 1 && message[i] != '\0'; i++) record->firstMessage[i] = message[i];
        record->firstMessage[i] = '\0';
    }
}

/// Routes this thread's structured errors into `record`, or back to the default with NULL.
static inline void docent_collect_errors(docent_error_record *record) {
    if (record != NULL) xmlSetStructuredErrorFunc(record, docent_record_error);
    else xmlSetStructuredErrorFunc(NULL, NULL);
}

#endif
