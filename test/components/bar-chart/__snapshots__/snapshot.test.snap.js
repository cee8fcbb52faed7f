/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["jinhua-honours-grouped-640-zh"] = 
`<svg part="chart" class="chart" role="group" aria-roledescription="chart" tabindex="-1" viewBox="0 0 640 759" width="640" height="759" aria-label="title" aria-describedby="keys" font-size="13">
<title>title</title>
<desc>description</desc>
<g class="legend" part="legend">
<g class="legend-entry level">
<rect class="bar fill-national" x="4" y="6" width="12" height="12"></rect>
<text class="legend-label" x="22" y="16" text-anchor="start">全国级</text>
</g>
<g class="legend-entry level">
<rect class="bar fill-provincial" x="77" y="6" width="12" height="12"></rect>
<text class="legend-label" x="95" y="16" text-anchor="start">省级</text>
</g>
<g class="legend-entry level">
<rect class="bar fill-prefecture" x="137" y="6" width="12" height="12"></rect>
<text class="legend-label" x="155" y="16" text-anchor="start">市级</text>
</g>
</g>
<g class="panel" data-unit="person">
<text class="panel-title" x="4" y="46" text-anchor="start">单位：人</text>
<line class="grid" x1="217" x2="217" y1="55" y2="317"></line>
<line class="grid" x1="308" x2="308" y1="55" y2="317"></line>
<line class="grid" x1="399" x2="399" y1="55" y2="317"></line>
<line class="grid" x1="491" x2="491" y1="55" y2="317"></line>
<line class="grid" x1="582" x2="582" y1="55" y2="317"></line>
<line class="axis" x1="217" x2="582" y1="317" y2="317"></line>
<text class="tick" x="217" y="330" text-anchor="middle">0</text>
<text class="tick" x="308" y="330" text-anchor="middle">200</text>
<text class="tick" x="399" y="330" text-anchor="middle">400</text>
<text class="tick" x="491" y="330" text-anchor="middle">600</text>
<text class="tick" x="582" y="330" text-anchor="end">800</text>
<text class="group" x="4" y="68" text-anchor="start">全国级</text>
<text class="group" x="4" y="118" text-anchor="start">省级</text>
<text class="group" x="4" y="252" text-anchor="start">市级</text>
<g class="bar-row" data-fact="jinhua-five-year.honours.model-and-advanced-workers.national">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="全国劳动模范和先进工作者 8人" tabindex="0">
<rect class="focus-ring" rx="3" x="2" y="73" width="637" height="26"></rect>
<rect class="bar fill-national" x="217" y="77" width="4" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="91" text-anchor="end">全国劳动模范和先进工作者</text>
<text class="value" x="225" y="90" text-anchor="start">8人</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.model-workers.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="省级劳动模范 39人" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="123" width="637" height="26"></rect>
<rect class="bar fill-provincial" x="217" y="127" width="18" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="141" text-anchor="end">省级劳动模范</text>
<text class="value" x="239" y="140" text-anchor="start">39人</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.craftsmen.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="省级工匠 8人" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="151" width="637" height="26"></rect>
<rect class="bar fill-provincial" x="217" y="155" width="4" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="169" text-anchor="end">省级工匠</text>
<text class="value" x="225" y="168" text-anchor="start">8人</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.new-era-craftsmen.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="新时代浙江工匠 108人" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="179" width="637" height="26"></rect>
<rect class="bar fill-provincial" x="217" y="183" width="49" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="197" text-anchor="end">新时代浙江工匠</text>
<text class="value" x="270" y="196" text-anchor="start">108人</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.golden-blue-collar.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="浙江“金蓝领” 111人" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="207" width="637" height="26"></rect>
<rect class="bar fill-provincial" x="217" y="211" width="51" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="225" text-anchor="end">浙江“金蓝领”</text>
<text class="value" x="272" y="224" text-anchor="start">111人</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.model-workers.prefecture">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="市级劳动模范 140人" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="257" width="637" height="26"></rect>
<rect class="bar fill-prefecture" x="217" y="261" width="64" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="275" text-anchor="end">市级劳动模范</text>
<text class="value" x="285" y="274" text-anchor="start">140人</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.craftsmen.prefecture">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="市级工匠 684人" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="285" width="637" height="26"></rect>
<rect class="bar fill-prefecture" x="217" y="289" width="312" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="303" text-anchor="end">市级工匠</text>
<text class="value" x="533" y="302" text-anchor="start">684人</text>
</g>
</g>
</g>
<g class="panel" data-unit="unit">
<text class="panel-title" x="4" y="372" text-anchor="start">单位：个</text>
<line class="grid" x1="217" x2="217" y1="381" y2="733"></line>
<line class="grid" x1="308" x2="308" y1="381" y2="733"></line>
<line class="grid" x1="399" x2="399" y1="381" y2="733"></line>
<line class="grid" x1="491" x2="491" y1="381" y2="733"></line>
<line class="grid" x1="582" x2="582" y1="381" y2="733"></line>
<line class="axis" x1="217" x2="582" y1="733" y2="733"></line>
<text class="tick" x="217" y="746" text-anchor="middle">0</text>
<text class="tick" x="308" y="746" text-anchor="middle">50</text>
<text class="tick" x="399" y="746" text-anchor="middle">100</text>
<text class="tick" x="491" y="746" text-anchor="middle">150</text>
<text class="tick" x="582" y="746" text-anchor="end">200</text>
<text class="group" x="4" y="394" text-anchor="start">全国级</text>
<text class="group" x="4" y="536" text-anchor="start">省级</text>
<text class="group" x="4" y="678" text-anchor="start">市级</text>
<g class="bar-row" data-fact="jinhua-five-year.honours.collective-awards.national">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="全国五一劳动奖、全国五一巾帼奖、全国工人先锋号 31个" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="399" width="637" height="44"></rect>
<rect class="bar fill-national" x="217" y="412" width="57" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="417" text-anchor="end">全国五一劳动奖、全国五一巾帼</text>
<text class="label" x="209" y="435" text-anchor="end">奖、全国工人先锋号</text>
<text class="value" x="278" y="425" text-anchor="start">31个</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.best-outdoor-stations.national">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="国家级“最美站点”（户外劳动者服务站点） 10个" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="445" width="637" height="44"></rect>
<rect class="bar fill-national" x="217" y="458" width="18" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="463" text-anchor="end">国家级“最美站点”（户外劳动者服</text>
<text class="label" x="209" y="481" text-anchor="end">务站点）</text>
<text class="value" x="239" y="471" text-anchor="start">10个</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.model-workers-homes.national">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="全国模范职工之家 3个" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="491" width="637" height="26"></rect>
<rect class="bar fill-national" x="217" y="495" width="6" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="509" text-anchor="end">全国模范职工之家</text>
<text class="value" x="227" y="508" text-anchor="start">3个</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.collective-awards.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="省模范集体、省五一劳动奖、省工人先锋号 85个" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="541" width="637" height="44"></rect>
<rect class="bar fill-provincial" x="217" y="554" width="155" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="559" text-anchor="end">省模范集体、省五一劳动奖、省工</text>
<text class="label" x="209" y="577" text-anchor="end">人先锋号</text>
<text class="value" x="376" y="567" text-anchor="start">85个</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.best-outdoor-stations.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="省级“最美站点”（户外劳动者服务站点） 6个" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="587" width="637" height="44"></rect>
<rect class="bar fill-provincial" x="217" y="600" width="11" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="605" text-anchor="end">省级“最美站点”（户外劳动者服务</text>
<text class="label" x="209" y="623" text-anchor="end">站点）</text>
<text class="value" x="232" y="613" text-anchor="start">6个</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.model-workers-homes.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="省级模范职工之家 84个" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="633" width="637" height="26"></rect>
<rect class="bar fill-provincial" x="217" y="637" width="153" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="651" text-anchor="end">省级模范职工之家</text>
<text class="value" x="374" y="650" text-anchor="start">84个</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.collective-awards.prefecture">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="市模范集体、市五一劳动奖、市工人先锋号 160个" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="683" width="637" height="44"></rect>
<rect class="bar fill-prefecture" x="217" y="696" width="292" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="701" text-anchor="end">市模范集体、市五一劳动奖、市工</text>
<text class="label" x="209" y="719" text-anchor="end">人先锋号</text>
<text class="value" x="513" y="709" text-anchor="start">160个</text>
</g>
</g>
</g>
</svg>`;
/* end snapshot jinhua-honours-grouped-640-zh */

snapshots["jinhua-honours-grouped-375-zh"] = 
`<svg part="chart" class="chart" role="group" aria-roledescription="chart" tabindex="-1" viewBox="0 0 375 949" width="375" height="949" aria-label="title" aria-describedby="keys" font-size="13">
<title>title</title>
<desc>description</desc>
<g class="legend" part="legend">
<g class="legend-entry level">
<rect class="bar fill-national" x="4" y="6" width="12" height="12"></rect>
<text class="legend-label" x="22" y="16" text-anchor="start">全国级</text>
</g>
<g class="legend-entry level">
<rect class="bar fill-provincial" x="77" y="6" width="12" height="12"></rect>
<text class="legend-label" x="95" y="16" text-anchor="start">省级</text>
</g>
<g class="legend-entry level">
<rect class="bar fill-prefecture" x="137" y="6" width="12" height="12"></rect>
<text class="legend-label" x="155" y="16" text-anchor="start">市级</text>
</g>
</g>
<g class="panel" data-unit="person">
<text class="panel-title" x="4" y="46" text-anchor="start">单位：人</text>
<line class="grid" x1="4" x2="4" y1="55" y2="457"></line>
<line class="grid" x1="82" x2="82" y1="55" y2="457"></line>
<line class="grid" x1="160" x2="160" y1="55" y2="457"></line>
<line class="grid" x1="239" x2="239" y1="55" y2="457"></line>
<line class="grid" x1="317" x2="317" y1="55" y2="457"></line>
<line class="axis" x1="4" x2="317" y1="457" y2="457"></line>
<text class="tick" x="4" y="470" text-anchor="start">0</text>
<text class="tick" x="82" y="470" text-anchor="middle">200</text>
<text class="tick" x="160" y="470" text-anchor="middle">400</text>
<text class="tick" x="239" y="470" text-anchor="middle">600</text>
<text class="tick" x="317" y="470" text-anchor="end">800</text>
<text class="group" x="4" y="68" text-anchor="start">全国级</text>
<text class="group" x="4" y="138" text-anchor="start">省级</text>
<text class="group" x="4" y="352" text-anchor="start">市级</text>
<g class="bar-row" data-fact="jinhua-five-year.honours.model-and-advanced-workers.national">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="全国劳动模范和先进工作者 8人" tabindex="0">
<rect class="focus-ring" rx="3" x="2" y="73" width="372" height="46"></rect>
<rect class="bar fill-national" x="4" y="97" width="3" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="4" y="91" text-anchor="start">全国劳动模范和先进工作者</text>
<text class="value" x="11" y="110" text-anchor="start">8人</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.golden-blue-collar.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="浙江“金蓝领” 111人" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="143" width="372" height="46"></rect>
<rect class="bar fill-provincial" x="4" y="167" width="43" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="4" y="161" text-anchor="start">浙江“金蓝领”</text>
<text class="value" x="51" y="180" text-anchor="start">111人</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.new-era-craftsmen.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="新时代浙江工匠 108人" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="191" width="372" height="46"></rect>
<rect class="bar fill-provincial" x="4" y="215" width="42" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="4" y="209" text-anchor="start">新时代浙江工匠</text>
<text class="value" x="50" y="228" text-anchor="start">108人</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.model-workers.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="省级劳动模范 39人" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="239" width="372" height="46"></rect>
<rect class="bar fill-provincial" x="4" y="263" width="15" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="4" y="257" text-anchor="start">省级劳动模范</text>
<text class="value" x="23" y="276" text-anchor="start">39人</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.craftsmen.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="省级工匠 8人" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="287" width="372" height="46"></rect>
<rect class="bar fill-provincial" x="4" y="311" width="3" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="4" y="305" text-anchor="start">省级工匠</text>
<text class="value" x="11" y="324" text-anchor="start">8人</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.craftsmen.prefecture">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="市级工匠 684人" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="357" width="372" height="46"></rect>
<rect class="bar fill-prefecture" x="4" y="381" width="267" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="4" y="375" text-anchor="start">市级工匠</text>
<text class="value" x="275" y="394" text-anchor="start">684人</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.model-workers.prefecture">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="市级劳动模范 140人" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="405" width="372" height="46"></rect>
<rect class="bar fill-prefecture" x="4" y="429" width="55" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="4" y="423" text-anchor="start">市级劳动模范</text>
<text class="value" x="63" y="442" text-anchor="start">140人</text>
</g>
</g>
</g>
<g class="panel" data-unit="unit">
<text class="panel-title" x="4" y="512" text-anchor="start">单位：个</text>
<line class="grid" x1="4" x2="4" y1="521" y2="923"></line>
<line class="grid" x1="82" x2="82" y1="521" y2="923"></line>
<line class="grid" x1="160" x2="160" y1="521" y2="923"></line>
<line class="grid" x1="239" x2="239" y1="521" y2="923"></line>
<line class="grid" x1="317" x2="317" y1="521" y2="923"></line>
<line class="axis" x1="4" x2="317" y1="923" y2="923"></line>
<text class="tick" x="4" y="936" text-anchor="start">0</text>
<text class="tick" x="82" y="936" text-anchor="middle">50</text>
<text class="tick" x="160" y="936" text-anchor="middle">100</text>
<text class="tick" x="239" y="936" text-anchor="middle">150</text>
<text class="tick" x="317" y="936" text-anchor="end">200</text>
<text class="group" x="4" y="534" text-anchor="start">全国级</text>
<text class="group" x="4" y="700" text-anchor="start">省级</text>
<text class="group" x="4" y="866" text-anchor="start">市级</text>
<g class="bar-row" data-fact="jinhua-five-year.honours.collective-awards.national">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="全国五一劳动奖、全国五一巾帼奖、全国工人先锋号 31个" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="539" width="372" height="46"></rect>
<rect class="bar fill-national" x="4" y="563" width="49" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="4" y="557" text-anchor="start">全国五一劳动奖、全国五一巾帼奖、全国工人先锋号</text>
<text class="value" x="57" y="576" text-anchor="start">31个</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.best-outdoor-stations.national">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="国家级“最美站点”（户外劳动者服务站点） 10个" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="587" width="372" height="46"></rect>
<rect class="bar fill-national" x="4" y="611" width="16" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="4" y="605" text-anchor="start">国家级“最美站点”（户外劳动者服务站点）</text>
<text class="value" x="24" y="624" text-anchor="start">10个</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.model-workers-homes.national">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="全国模范职工之家 3个" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="635" width="372" height="46"></rect>
<rect class="bar fill-national" x="4" y="659" width="5" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="4" y="653" text-anchor="start">全国模范职工之家</text>
<text class="value" x="13" y="672" text-anchor="start">3个</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.collective-awards.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="省模范集体、省五一劳动奖、省工人先锋号 85个" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="705" width="372" height="46"></rect>
<rect class="bar fill-provincial" x="4" y="729" width="133" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="4" y="723" text-anchor="start">省模范集体、省五一劳动奖、省工人先锋号</text>
<text class="value" x="141" y="742" text-anchor="start">85个</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.model-workers-homes.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="省级模范职工之家 84个" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="753" width="372" height="46"></rect>
<rect class="bar fill-provincial" x="4" y="777" width="131" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="4" y="771" text-anchor="start">省级模范职工之家</text>
<text class="value" x="139" y="790" text-anchor="start">84个</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.best-outdoor-stations.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="省级“最美站点”（户外劳动者服务站点） 6个" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="801" width="372" height="46"></rect>
<rect class="bar fill-provincial" x="4" y="825" width="9" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="4" y="819" text-anchor="start">省级“最美站点”（户外劳动者服务站点）</text>
<text class="value" x="17" y="838" text-anchor="start">6个</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.honours.collective-awards.prefecture">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="市模范集体、市五一劳动奖、市工人先锋号 160个" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="871" width="372" height="46"></rect>
<rect class="bar fill-prefecture" x="4" y="895" width="250" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="4" y="889" text-anchor="start">市模范集体、市五一劳动奖、市工人先锋号</text>
<text class="value" x="258" y="908" text-anchor="start">160个</text>
</g>
</g>
</g>
</svg>`;
/* end snapshot jinhua-honours-grouped-375-zh */

snapshots["wuyi-honours-grouped-640-en"] = 
`<svg part="chart" class="chart" role="group" aria-roledescription="chart" tabindex="-1" viewBox="0 0 640 537" width="640" height="537" aria-label="title" aria-describedby="keys" font-size="13">
<title>title</title>
<desc>description</desc>
<g class="legend" part="legend">
<g class="legend-entry level">
<rect class="bar fill-provincial" x="4" y="6" width="12" height="12"></rect>
<text class="legend-label" x="22" y="16" text-anchor="start">Provincial</text>
</g>
<g class="legend-entry level">
<rect class="bar fill-prefecture" x="116" y="6" width="12" height="12"></rect>
<text class="legend-label" x="134" y="16" text-anchor="start">Prefecture</text>
</g>
<g class="legend-entry level">
<rect class="bar fill-county" x="228" y="6" width="12" height="12"></rect>
<text class="legend-label" x="246" y="16" text-anchor="start">County</text>
</g>
</g>
<g class="panel" data-unit="person">
<text class="panel-title" x="4" y="46" text-anchor="start">Unit: people</text>
<line class="grid" x1="217" x2="217" y1="55" y2="297"></line>
<line class="grid" x1="327" x2="327" y1="55" y2="297"></line>
<line class="grid" x1="438" x2="438" y1="55" y2="297"></line>
<line class="grid" x1="548" x2="548" y1="55" y2="297"></line>
<line class="axis" x1="217" x2="548" y1="297" y2="297"></line>
<text class="tick" x="217" y="310" text-anchor="middle">0</text>
<text class="tick" x="327" y="310" text-anchor="middle">10</text>
<text class="tick" x="438" y="310" text-anchor="middle">20</text>
<text class="tick" x="548" y="310" text-anchor="end">30</text>
<text class="group" x="4" y="68" text-anchor="start">Provincial</text>
<text class="group" x="4" y="118" text-anchor="start">Prefecture</text>
<text class="group" x="4" y="214" text-anchor="start">County</text>
<g class="bar-row" data-fact="wuyi-five-year.honours.model-workers.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="省级劳动模范 6 people" tabindex="0">
<rect class="focus-ring" rx="3" x="2" y="73" width="637" height="26"></rect>
<rect class="bar fill-provincial" x="217" y="77" width="66" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="91" text-anchor="end">省级劳动模范</text>
<text class="value" x="287" y="90" text-anchor="start">6 people</text>
</g>
</g>
<g class="bar-row" data-fact="wuyi-five-year.honours.model-workers.prefecture">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="金华市级劳动模范 15 people" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="123" width="637" height="26"></rect>
<rect class="bar fill-prefecture" x="217" y="127" width="165" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="141" text-anchor="end">金华市级劳动模范</text>
<text class="value" x="386" y="140" text-anchor="start">15 people</text>
</g>
</g>
<g class="bar-row" data-fact="wuyi-five-year.honours.craftsmen.prefecture">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="入选“八婺工匠”（金华市级） 9 people" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="151" width="637" height="44"></rect>
<rect class="bar fill-prefecture" x="217" y="164" width="99" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="169" text-anchor="end">入选“八婺工匠”（金华市级）</text>
<text class="period" x="209" y="187" text-anchor="end">2017年</text>
<text class="value" x="320" y="177" text-anchor="start">9 people</text>
</g>
</g>
<g class="bar-row" data-fact="wuyi-five-year.honours.model-workers.county">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="县级劳动模范 22 people" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="219" width="637" height="26"></rect>
<rect class="bar fill-county" x="217" y="223" width="243" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="237" text-anchor="end">县级劳动模范</text>
<text class="value" x="464" y="236" text-anchor="start">22 people</text>
</g>
</g>
<g class="bar-row" data-fact="wuyi-five-year.honours.craftsmen.county">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="县级工匠 20 people" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="247" width="637" height="44"></rect>
<rect class="bar fill-county" x="217" y="260" width="221" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="265" text-anchor="end">县级工匠</text>
<text class="period" x="209" y="283" text-anchor="end">2017年</text>
<text class="value" x="442" y="273" text-anchor="start">20 people</text>
</g>
</g>
</g>
<g class="panel" data-unit="unit">
<text class="panel-title" x="4" y="352" text-anchor="start">Unit: units</text>
<line class="grid" x1="217" x2="217" y1="361" y2="511"></line>
<line class="grid" x1="300" x2="300" y1="361" y2="511"></line>
<line class="grid" x1="382" x2="382" y1="361" y2="511"></line>
<line class="grid" x1="465" x2="465" y1="361" y2="511"></line>
<line class="grid" x1="548" x2="548" y1="361" y2="511"></line>
<line class="axis" x1="217" x2="548" y1="511" y2="511"></line>
<text class="tick" x="217" y="524" text-anchor="middle">0</text>
<text class="tick" x="300" y="524" text-anchor="middle">2</text>
<text class="tick" x="382" y="524" text-anchor="middle">4</text>
<text class="tick" x="465" y="524" text-anchor="middle">6</text>
<text class="tick" x="548" y="524" text-anchor="end">8</text>
<text class="group" x="4" y="374" text-anchor="start">Provincial</text>
<text class="group" x="4" y="424" text-anchor="start">Prefecture</text>
<text class="group" x="4" y="474" text-anchor="start">County</text>
<g class="bar-row" data-fact="wuyi-five-year.honours.model-collectives.provincial">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="省级模范集体 1 unit" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="379" width="637" height="26"></rect>
<rect class="bar fill-provincial" x="217" y="383" width="41" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="397" text-anchor="end">省级模范集体</text>
<text class="value" x="262" y="396" text-anchor="start">1 unit</text>
</g>
</g>
<g class="bar-row" data-fact="wuyi-five-year.honours.model-collectives.prefecture">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="金华市级模范集体 2 units" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="429" width="637" height="26"></rect>
<rect class="bar fill-prefecture" x="217" y="433" width="83" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="447" text-anchor="end">金华市级模范集体</text>
<text class="value" x="304" y="446" text-anchor="start">2 units</text>
</g>
</g>
<g class="bar-row" data-fact="wuyi-five-year.honours.model-collectives.county">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="县级模范集体 8 units" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="479" width="637" height="26"></rect>
<rect class="bar fill-county" x="217" y="483" width="331" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="209" y="497" text-anchor="end">县级模范集体</text>
<text class="value" x="552" y="496" text-anchor="start">8 units</text>
</g>
</g>
</g>
</svg>`;
/* end snapshot wuyi-honours-grouped-640-en */

snapshots["jinhua-welfare-panels-open-ends-800-zh"] = 
`<svg part="chart" class="chart" role="group" aria-roledescription="chart" tabindex="-1" viewBox="0 0 800 785" width="800" height="785" aria-label="title" aria-describedby="keys" font-size="13">
<title>title</title>
<desc>description</desc>
<g class="legend" part="legend">
<g class="legend-entry over">
<rect class="bar fill-bar" x="4" y="6" width="6" height="12"></rect>
<rect class="open-end fill-bar" x="10" y="7" width="5" height="11"></rect>
<text class="legend-label" x="22" y="16" text-anchor="start">末端开口：实际多于此数（余、多、超、以上）</text>
</g>
</g>
<g class="panel" data-unit="person">
<text class="panel-title" x="4" y="46" text-anchor="start">单位：名</text>
<line class="grid" x1="232" x2="232" y1="55" y2="167"></line>
<line class="grid" x1="326" x2="326" y1="55" y2="167"></line>
<line class="grid" x1="420" x2="420" y1="55" y2="167"></line>
<line class="grid" x1="514" x2="514" y1="55" y2="167"></line>
<line class="grid" x1="609" x2="609" y1="55" y2="167"></line>
<line class="grid" x1="703" x2="703" y1="55" y2="167"></line>
<line class="axis" x1="232" x2="703" y1="167" y2="167"></line>
<text class="tick" x="232" y="180" text-anchor="middle">0</text>
<text class="tick" x="326" y="180" text-anchor="middle">2万</text>
<text class="tick" x="420" y="180" text-anchor="middle">4万</text>
<text class="tick" x="514" y="180" text-anchor="middle">6万</text>
<text class="tick" x="609" y="180" text-anchor="middle">8万</text>
<text class="tick" x="703" y="180" text-anchor="end">10万</text>
<g class="bar-row" data-fact="jinhua-five-year.rest-recuperation.participants">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="组织一线职工疗休养 4万名" tabindex="0">
<rect class="focus-ring" rx="3" x="2" y="51" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="55" width="165" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="69" text-anchor="end">组织一线职工疗休养</text>
<text class="value" x="401" y="68" text-anchor="start">4万名</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.welfare.hardship-workers">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="困难职工人数 201名" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="79" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="83" width="1" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="97" text-anchor="end">困难职工人数</text>
<text class="value" x="237" y="96" text-anchor="start">201名</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.welfare.new-form-workers-free-health-checks">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="年均新业态劳动者免费体检 1万余人" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="107" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="111" width="47" height="18"></rect>
<rect class="open-end fill-bar" x="279" y="112" width="11" height="17"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="125" text-anchor="end">年均新业态劳动者免费体检</text>
<text class="value" x="295" y="124" text-anchor="start">1万余人</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.welfare.frontline-free-health-checks">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="每年免费上门体检的一线职工 10万名" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="135" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="139" width="471" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="153" text-anchor="end">每年免费上门体检的一线职工</text>
<text class="value" x="707" y="152" text-anchor="start">10万名</text>
</g>
</g>
</g>
<g class="panel" data-unit="person-time">
<text class="panel-title" x="4" y="222" text-anchor="start">单位：人次</text>
<line class="grid" x1="232" x2="232" y1="231" y2="399"></line>
<line class="grid" x1="326" x2="326" y1="231" y2="399"></line>
<line class="grid" x1="420" x2="420" y1="231" y2="399"></line>
<line class="grid" x1="514" x2="514" y1="231" y2="399"></line>
<line class="grid" x1="609" x2="609" y1="231" y2="399"></line>
<line class="grid" x1="703" x2="703" y1="231" y2="399"></line>
<line class="axis" x1="232" x2="703" y1="399" y2="399"></line>
<text class="tick" x="232" y="412" text-anchor="middle">0</text>
<text class="tick" x="326" y="412" text-anchor="middle">10万</text>
<text class="tick" x="420" y="412" text-anchor="middle">20万</text>
<text class="tick" x="514" y="412" text-anchor="middle">30万</text>
<text class="tick" x="609" y="412" text-anchor="middle">40万</text>
<text class="tick" x="703" y="412" text-anchor="end">50万</text>
<g class="bar-row" data-fact="jinhua-five-year.welfare.hardship-visits">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="慰问各类困难群体 15万人次" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="227" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="231" width="141" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="245" text-anchor="end">慰问各类困难群体</text>
<text class="value" x="377" y="244" text-anchor="start">15万人次</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.welfare.stay-put-workers-visited">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="慰问留金过年务工人员 6万人次" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="255" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="259" width="58" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="273" text-anchor="end">慰问留金过年务工人员</text>
<text class="value" x="294" y="272" text-anchor="start">6万人次</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.welfare.new-form-workers-winter-aid">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="年均“送温暖”覆盖新就业形态劳动者 9000余人次" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="283" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="287" width="9" height="18"></rect>
<rect class="open-end fill-bar" x="241" y="288" width="11" height="17"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="301" text-anchor="end">年均“送温暖”覆盖新就业形态劳动者</text>
<text class="value" x="257" y="300" text-anchor="start">9000余人次</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.welfare.new-form-workers-free-recuperation">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="年均安排新业态劳动者免费疗休养 1000余人次" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="311" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="315" width="1" height="18"></rect>
<rect class="open-end fill-bar" x="233" y="316" width="11" height="17"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="329" text-anchor="end">年均安排新业态劳动者免费疗休养</text>
<text class="value" x="249" y="328" text-anchor="start">1000余人次</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.welfare.new-form-workers-employment-services">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="年均为新业态劳动者提供就业服务 2万余人次" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="339" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="343" width="15" height="18"></rect>
<rect class="open-end fill-bar" x="247" y="344" width="11" height="17"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="357" text-anchor="end">年均为新业态劳动者提供就业服务</text>
<text class="value" x="263" y="356" text-anchor="start">2万余人次</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.welfare.mutual-medical-cover">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="年均职工互助医疗保障人次 50万人次" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="367" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="371" width="471" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="385" text-anchor="end">年均职工互助医疗保障人次</text>
<text class="value" x="707" y="384" text-anchor="start">50万人次</text>
</g>
</g>
</g>
<g class="panel" data-unit="yuan">
<text class="panel-title" x="4" y="454" text-anchor="start">单位：元</text>
<line class="grid" x1="232" x2="232" y1="463" y2="519"></line>
<line class="grid" x1="367" x2="367" y1="463" y2="519"></line>
<line class="grid" x1="501" x2="501" y1="463" y2="519"></line>
<line class="grid" x1="635" x2="635" y1="463" y2="519"></line>
<line class="axis" x1="232" x2="703" y1="519" y2="519"></line>
<text class="tick" x="232" y="532" text-anchor="middle">0</text>
<text class="tick" x="367" y="532" text-anchor="middle">1000万</text>
<text class="tick" x="501" y="532" text-anchor="middle">2000万</text>
<text class="tick" x="635" y="532" text-anchor="middle">3000万</text>
<g class="bar-row" data-fact="jinhua-five-year.hardship-aid.amount">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="慰问各类困难群体发放款物 3500余万元" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="459" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="463" width="471" height="18"></rect>
<rect class="open-end fill-bar" x="703" y="464" width="11" height="17"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="477" text-anchor="end">慰问各类困难群体发放款物</text>
<text class="value" x="719" y="476" text-anchor="start">3500余万元</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.welfare.stay-put-aid">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="留金过年发放款物 1280万元" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="487" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="491" width="172" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="505" text-anchor="end">留金过年发放款物</text>
<text class="value" x="408" y="504" text-anchor="start">1280万元</text>
</g>
</g>
</g>
<g class="panel" data-unit="unit">
<text class="panel-title" x="4" y="574" text-anchor="start">单位：个</text>
<line class="grid" x1="232" x2="232" y1="583" y2="611"></line>
<line class="grid" x1="350" x2="350" y1="583" y2="611"></line>
<line class="grid" x1="467" x2="467" y1="583" y2="611"></line>
<line class="grid" x1="585" x2="585" y1="583" y2="611"></line>
<line class="grid" x1="703" x2="703" y1="583" y2="611"></line>
<line class="axis" x1="232" x2="703" y1="611" y2="611"></line>
<text class="tick" x="232" y="624" text-anchor="middle">0</text>
<text class="tick" x="350" y="624" text-anchor="middle">100</text>
<text class="tick" x="467" y="624" text-anchor="middle">200</text>
<text class="tick" x="585" y="624" text-anchor="middle">300</text>
<text class="tick" x="703" y="624" text-anchor="end">400</text>
<g class="bar-row" data-fact="jinhua-five-year.welfare.outdoor-worker-stations">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="累计建成工会户外劳动者服务站点 394个" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="579" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="583" width="464" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="597" text-anchor="end">累计建成工会户外劳动者服务站点</text>
<text class="value" x="700" y="596" text-anchor="start">394个</text>
</g>
</g>
</g>
<g class="panel" data-unit="organisation">
<text class="panel-title" x="4" y="666" text-anchor="start">单位：家</text>
<line class="grid" x1="232" x2="232" y1="675" y2="759"></line>
<line class="grid" x1="310" x2="310" y1="675" y2="759"></line>
<line class="grid" x1="389" x2="389" y1="675" y2="759"></line>
<line class="grid" x1="467" x2="467" y1="675" y2="759"></line>
<line class="grid" x1="546" x2="546" y1="675" y2="759"></line>
<line class="grid" x1="624" x2="624" y1="675" y2="759"></line>
<line class="grid" x1="703" x2="703" y1="675" y2="759"></line>
<line class="axis" x1="232" x2="703" y1="759" y2="759"></line>
<text class="tick" x="232" y="772" text-anchor="middle">0</text>
<text class="tick" x="310" y="772" text-anchor="middle">100</text>
<text class="tick" x="389" y="772" text-anchor="middle">200</text>
<text class="tick" x="467" y="772" text-anchor="middle">300</text>
<text class="tick" x="546" y="772" text-anchor="middle">400</text>
<text class="tick" x="624" y="772" text-anchor="middle">500</text>
<text class="tick" x="703" y="772" text-anchor="end">600</text>
<g class="bar-row" data-fact="jinhua-five-year.welfare.five-satisfaction-firms">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="“职工五满意”企业 30家" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="671" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="675" width="24" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="689" text-anchor="end">“职工五满意”企业</text>
<text class="value" x="260" y="688" text-anchor="start">30家</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.welfare.mothers-rooms">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="妈咪暖心小屋 520家" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="699" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="703" width="408" height="18"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="717" text-anchor="end">妈咪暖心小屋</text>
<text class="value" x="644" y="716" text-anchor="start">520家</text>
</g>
</g>
<g class="bar-row" data-fact="jinhua-five-year.welfare.heart-harbour-studios">
<g class="mark" role="button" aria-haspopup="dialog" aria-label="心灵港湾工作室 300余家" tabindex="-1">
<rect class="focus-ring" rx="3" x="2" y="727" width="797" height="26"></rect>
<rect class="bar fill-bar" x="232" y="731" width="235" height="18"></rect>
<rect class="open-end fill-bar" x="467" y="732" width="11" height="17"></rect>
</g>
<g aria-hidden="true">
<text class="label" x="224" y="745" text-anchor="end">心灵港湾工作室</text>
<text class="value" x="483" y="744" text-anchor="start">300余家</text>
</g>
</g>
</g>
</svg>`;
/* end snapshot jinhua-welfare-panels-open-ends-800-zh */

