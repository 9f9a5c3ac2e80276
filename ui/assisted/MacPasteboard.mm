#include "MacPasteboard.h"

#import <AppKit/AppKit.h>

namespace citoyens::macpasteboard {

long copyConcealed(const QString& text)
{
    NSPasteboard* board = [NSPasteboard generalPasteboard];
    [board clearContents];
    NSString* concealed = @"org.nspasteboard.ConcealedType";
    [board declareTypes:@[ NSPasteboardTypeString, concealed ] owner:nil];
    NSString* string = text.toNSString();
    [board setString:string forType:NSPasteboardTypeString];
    [board setString:string forType:concealed];
    return static_cast<long>([board changeCount]);
}

long changeCount()
{
    return static_cast<long>([[NSPasteboard generalPasteboard] changeCount]);
}

void clear()
{
    [[NSPasteboard generalPasteboard] clearContents];
}

} // namespace citoyens::macpasteboard
