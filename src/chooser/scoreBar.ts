/** A text score bar from M2M (left) to IoT (right), e.g. "M2M ■■■□□□□□□□ IoT". Works in Slack and the terminal. */
export function scoreBar(iotShare: number, width = 10): string {
  const share = Number.isFinite(iotShare) ? Math.min(1, Math.max(0, iotShare)) : 0.5;
  const m2mCells = Math.round((1 - share) * width);
  return `M2M ${'■'.repeat(m2mCells)}${'□'.repeat(width - m2mCells)} IoT`;
}
