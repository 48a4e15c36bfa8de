#ifndef CRIA_CLIBXML2_SHIM_H
#define CRIA_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its headers would then pull in the system ICU, which
   clashes with the ICU that Foundation ships. cria never touches the ICU converter fields
   (the last members of xmlCharEncodingHandler), so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/SAX2.h>
#include <libxml/xmlIO.h>

/* libxml2's generic error callback is variadic, which Swift cannot implement, so the
   reader silences it from C. libxml2 2.9 keeps these handlers per thread. */
static inline void cria_xml_ignore_error(void *ctx, const char *msg, ...) {
    (void)ctx; (void)msg;
}

typedef struct {
    void *generic;      /* xmlGenericErrorFunc, kept opaque for Swift */
    void *genericContext;
    void *structured;   /* xmlStructuredErrorFunc */
    void *structuredContext;
} cria_xml_error_handlers;

static inline cria_xml_error_handlers cria_xml_silence_errors(void) {
    cria_xml_error_handlers saved = {
        (void *)xmlGenericError, xmlGenericErrorContext,
        (void *)xmlStructuredError, xmlStructuredErrorContext
    };
    xmlSetGenericErrorFunc(NULL, cria_xml_ignore_error);
    xmlSetStructuredErrorFunc(NULL, NULL);
    return saved;
}

static inline void cria_xml_restore_errors(cria_xml_error_handlers saved) {
    xmlSetGenericErrorFunc(saved.genericContext, (xmlGenericErrorFunc)saved.generic);
    xmlSetStructuredErrorFunc(saved.structuredContext, (xmlStructuredErrorFunc)saved.structured);
}
#endif
