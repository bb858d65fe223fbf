#pragma once

#include "documents/LaidOutPage.h"

struct _cairo;

namespace madoguchi {

// Draws a laid-out page on a cairo context whose user space is in points: the same code for
// the PDF surface and for preview images.
class PagePainter
{
public:
    static void paint(_cairo* cr, const LaidOutPage& page);
};

} // namespace madoguchi
