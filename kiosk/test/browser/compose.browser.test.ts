import { expect } from '@open-wc/testing';
import { KEY, MAX_QUERY_LENGTH, chooseCandidate, pendingPinyin, typeKey } from '../../src/renderer/keyboard/compose.js';

const typeAll = (keys: string[], from = '') => keys.reduce(typeKey, from);

describe('on-screen keyboard text', () => {
  it('keeps the pinyin still being typed at the end, with syllable spaces', () => {
    expect(pendingPinyin(typeAll(['s', 'b']))).to.equal('sb');
    expect(pendingPinyin(typeAll(['s', KEY.space, 'b']))).to.equal('s b');
    expect(pendingPinyin('专利zhi ya')).to.equal('zhi ya');
    expect(pendingPinyin('专利')).to.equal('');
    expect(pendingPinyin('12330')).to.equal('');
  });

  it('puts the chosen word in place of the pinyin and keeps what came before', () => {
    expect(chooseCandidate('sb', '商标')).to.equal('商标');
    expect(chooseCandidate('专利zhi ya', '质押')).to.equal('专利质押');
    expect(chooseCandidate('商标 zc', '注册')).to.equal('商标 注册');
    expect(chooseCandidate('专利', '申请')).to.equal('专利申请');
  });

  it('deletes one character, clears everything, ignores doubled and leading spaces', () => {
    expect(typeKey('商标', KEY.backspace)).to.equal('商');
    expect(typeKey('', KEY.backspace)).to.equal('');
    expect(typeKey('商标注册', KEY.clear)).to.equal('');
    expect(typeKey('', KEY.space)).to.equal('');
    expect(typeKey('sb ', KEY.space)).to.equal('sb ');
    expect(typeKey('sb', '{unknown}')).to.equal('sb');
  });

  it('stops at the longest query a service name needs', () => {
    const long = typeAll(Array.from({ length: MAX_QUERY_LENGTH + 10 }, () => 'a'));
    expect(Array.from(long)).to.have.length(MAX_QUERY_LENGTH);
    expect(Array.from(chooseCandidate(`${'专'.repeat(MAX_QUERY_LENGTH - 1)}sb`, '商标'))).to.have.length(
      MAX_QUERY_LENGTH,
    );
  });
});
