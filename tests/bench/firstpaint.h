#pragma once

#include "streamreport.h"

class FrameRecorder;
class Workspace;
struct TranscriptWindow;

// Sends a question to the current conversation and times its (short) answer: first byte,
// first block row in the transcript, laid out in view, the frame that shows it swapped.
// `n` numbers the question.
FirstPaint measureFirstPaint(Workspace &workspace, const TranscriptWindow &w, FrameRecorder &frames,
                             int n);
