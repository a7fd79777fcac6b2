package org.deliberation.web.deliberation.live;

import org.deliberation.core.synthesis.Synthesis;

/** A synthesis of the past: the engine's result, and its view as the API shows it. */
public record PastSynthesis(Synthesis result, SynthesisView view) {}
