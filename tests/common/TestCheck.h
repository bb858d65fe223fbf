#pragma once

#include <QTest>

// Runs a check function that uses QVERIFY/QCOMPARE inside, and stops the calling test too when
// it failed (a QVERIFY in a helper returns only from the helper).
#define MADOGUCHI_CHECK(call)                                                                                \
    do {                                                                                                     \
        call;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)
